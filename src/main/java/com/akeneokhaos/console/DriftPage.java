package com.akeneokhaos.console;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.akeneokhaos.admin.DriftReports;
import com.akeneokhaos.admin.DriftReports.DriftReportView;

/**
 * {@code /console/drift}: the reconciliation drift reports, newest first, with their counts by kind; and one report
 * with its per-item table (what differs between Akeneo and Khaos, and what the run did), filtered by kind.
 */
@Controller
class DriftPage {

	static final int REPORTS = 50;

	static final int ITEMS = 2000;

	private final DriftReports reports;

	private final DriftItems items;

	DriftPage(DriftReports reports, DriftItems items) {
		this.reports = reports;
		this.items = items;
	}

	@GetMapping("/console/drift")
	String reports(Model model) {
		model.addAttribute("reports", reports.latest(REPORTS));
		return "console/drift";
	}

	@GetMapping("/console/drift/{instanceId}")
	String report(@PathVariable long instanceId, @RequestParam(required = false) @Nullable String kind, Model model) {
		DriftReportView report = reports.find(instanceId)
			.orElseThrow(() -> new NotFound("There is no drift report for reconciliation instance " + instanceId + "."));
		String onlyKind = Filters.oneOf(kind, report.counts().keySet());
		List<DriftItems.DriftItem> found = items.of(instanceId, onlyKind, ITEMS + 1);
		model.addAttribute("report", report);
		model.addAttribute("kind", onlyKind);
		model.addAttribute("items", found.stream().limit(ITEMS).toList());
		model.addAttribute("more", found.size() > ITEMS);
		return "console/drift-report";
	}

}
