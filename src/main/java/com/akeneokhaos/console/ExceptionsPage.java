package com.akeneokhaos.console;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.akeneokhaos.admin.ExceptionRows;
import com.akeneokhaos.admin.ExceptionRows.ExceptionView;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.problems.Rule;

/**
 * {@code /console/exceptions}: the items held back from Khaos, newest first, filtered by rule, job, SKU (or stock
 * code) and open/resolved, each with the sentence a merchandiser acts on and a link to the product in Akeneo;
 * {@code /console/exceptions.csv} exports the same rows (up to {@value #CSV_ROWS}) for a spreadsheet.
 */
@Controller
class ExceptionsPage {

	static final int PAGE_ROWS = 200;

	static final int CSV_ROWS = 50_000;

	static final List<String> STATES = List.of("open", "resolved");

	private static final List<String> RULES = Arrays.stream(Rule.values()).map(Rule::code).sorted().toList();

	private final JobLaunches launches;

	private final ExceptionRows rows;

	private final AkeneoProperties akeneo;

	ExceptionsPage(JobLaunches launches, ExceptionRows rows, AkeneoProperties akeneo) {
		this.launches = launches;
		this.rows = rows;
		this.akeneo = akeneo;
	}

	@GetMapping("/console/exceptions")
	String exceptions(@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String job, @RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable String state, Model model) {
		ExceptionRows.Filter filter = filter(rule, job, sku, state);
		List<ExceptionView> found = rows.find(filter, PAGE_ROWS + 1);
		model.addAttribute("rows", found.stream().limit(PAGE_ROWS).map(this::row).toList());
		model.addAttribute("more", found.size() > PAGE_ROWS);
		model.addAttribute("filter", filter);
		model.addAttribute("rules", RULES);
		model.addAttribute("jobNames", launches.jobNames());
		model.addAttribute("states", STATES);
		return "console/exceptions";
	}

	@GetMapping("/console/exceptions.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String job, @RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable String state) {
		List<Row> found = rows.find(filter(rule, job, sku, state), CSV_ROWS).stream().map(this::row).toList();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sync-exceptions.csv").build().toString())
			.body(ExceptionsCsv.of(found).getBytes(StandardCharsets.UTF_8));
	}

	private ExceptionRows.Filter filter(@Nullable String rule, @Nullable String job, @Nullable String sku,
			@Nullable String state) {
		return new ExceptionRows.Filter(Filters.oneOf(rule, RULES), Filters.oneOf(job, launches.jobNames()),
				Filters.text(sku), Filters.oneOf(state, STATES));
	}

	private Row row(ExceptionView exception) {
		return new Row(exception, akeneo.productPage(exception.akeneoUuid()));
	}

	/**
	 * One exception as the page shows it.
	 *
	 * @param exception the row
	 * @param akeneoLink the product's page in Akeneo; null when there is none
	 */
	record Row(ExceptionView exception, @Nullable String akeneoLink) {
	}

}
