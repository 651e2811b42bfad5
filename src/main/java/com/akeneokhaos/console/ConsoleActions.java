package com.akeneokhaos.console;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.akeneokhaos.launch.CannotStartException;

/**
 * Carries out a console action (start, restart, stop) and answers it the way a form expects: a redirect to the
 * page that shows the outcome, with one sentence saying what happened, or, when the action is refused (the job
 * runs already, the execution completed, a setting is wrong), a redirect back with the reason and nothing done.
 */
@Component
class ConsoleActions {

	private static final Logger log = LoggerFactory.getLogger(ConsoleActions.class);

	String act(RedirectAttributes redirect, String back, Supplier<Done> action) {
		try {
			Done done = action.get();
			log.info("Console: {}", done.message());
			redirect.addFlashAttribute("notice", done.message());
			return "redirect:" + done.next();
		}
		catch (CannotStartException | IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:" + back;
		}
	}

	/**
	 * An action carried out.
	 *
	 * @param message what happened, in one sentence
	 * @param next the page that shows it
	 */
	record Done(String message, String next) {
	}

}
