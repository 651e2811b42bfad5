package com.akeneokhaos.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The console's login form, and the page a viewer sees when the server refuses an action (403). */
@Controller
class LoginPage {

	@GetMapping(ConsoleSecurityConfiguration.LOGIN)
	String login() {
		return "console/login";
	}

	@RequestMapping(ConsoleSecurityConfiguration.DENIED)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied() {
		return "console/denied";
	}

}
