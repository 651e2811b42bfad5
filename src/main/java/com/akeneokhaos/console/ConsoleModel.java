package com.akeneokhaos.console;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import com.akeneokhaos.admin.Roles;

/**
 * What every console page shows in its header: who is logged in and whether they may act (the buttons of start,
 * restart and stop are shown only to the admin; the server refuses them to anyone else in any case), and the page
 * for something that does not exist.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

	private static final Times TIMES = new Times();

	@ModelAttribute("user")
	@Nullable String user(@Nullable Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("times")
	Times times() {
		return TIMES;
	}

	@ModelAttribute("operator")
	boolean operator(@Nullable Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound notFound, @Nullable Authentication authentication) {
		ModelAndView page = new ModelAndView("console/not-found", HttpStatus.NOT_FOUND);
		page.addObject("reason", notFound.getMessage());
		page.addObject("user", user(authentication));
		page.addObject("operator", operator(authentication));
		page.addObject("times", TIMES);
		return page;
	}

}
