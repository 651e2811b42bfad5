package com.akeneokhaos.admin;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.akeneokhaos.launch.JobLaunches;
import com.akeneokhaos.problems.Rule;

/**
 * {@code GET /api/exceptions}: the items held back from Khaos ({@code sync_exception}), newest first, filtered by
 * rule code, job, SKU (or Khaos stock code) and state ({@code open} or {@code resolved}), each with the sentence a
 * merchandiser can act on.
 */
@RestController
class ExceptionsApi {

	static final int DEFAULT_LIMIT = 100;

	static final List<String> STATES = List.of("open", "resolved");

	private static final List<String> RULES = Arrays.stream(Rule.values()).map(Rule::code).toList();

	private final JobLaunches launches;

	private final ExceptionRows rows;

	ExceptionsApi(JobLaunches launches, ExceptionRows rows) {
		this.launches = launches;
		this.rows = rows;
	}

	@GetMapping("/api/exceptions")
	List<ExceptionRows.ExceptionView> exceptions(@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String job, @RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String limit) {
		ExceptionRows.Filter filter = new ExceptionRows.Filter(QueryParameters.oneOf("rule", rule, RULES),
				QueryParameters.job(job, launches.jobNames()), QueryParameters.text(sku),
				QueryParameters.oneOf("state", state, STATES));
		return rows.find(filter, QueryParameters.limit(limit, DEFAULT_LIMIT));
	}

}
