package com.akeneokhaos.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.akeneokhaos.admin.ExceptionRows;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.problems.Rule;

/**
 * {@code /console/confirmations}: what Khaos has not confirmed. The items published but not confirmed yet (oldest
 * first, and whether Khaos has taken them from the channel: taken but still unconfirmed is the sign of a refusal),
 * and the open {@code khaos-not-confirmed} exceptions with the reason the sync found.
 */
@Controller
class ConfirmationsPage {

	static final int ROWS = 500;

	private final Confirmations confirmations;

	private final ExceptionRows exceptions;

	private final AkeneoProperties akeneo;

	ConfirmationsPage(Confirmations confirmations, ExceptionRows exceptions, AkeneoProperties akeneo) {
		this.confirmations = confirmations;
		this.exceptions = exceptions;
		this.akeneo = akeneo;
	}

	@GetMapping("/console/confirmations")
	String confirmations(Model model) {
		model.addAttribute("outboxPending", confirmations.outboxPending());
		model.addAttribute("waiting", confirmations.waiting());
		model.addAttribute("unconfirmed", confirmations.unconfirmed(ROWS));
		model.addAttribute("refused", exceptions
			.find(new ExceptionRows.Filter(Rule.KHAOS_NOT_CONFIRMED.code(), null, null, "open"), ROWS)
			.stream()
			.map(exception -> new ExceptionsPage.Row(exception, akeneo.productPage(exception.akeneoUuid())))
			.toList());
		return "console/confirmations";
	}

}
