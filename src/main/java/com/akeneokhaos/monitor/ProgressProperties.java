package com.akeneokhaos.monitor;

import java.time.Duration;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The progress lines of running executions ({@code sync.progress.*}).
 *
 * @param interval how often one line per execution running in this process is logged
 * @param estimateJobs the jobs that read everything each run, whose last completed run tells about how many items a
 * step will read (the others read what changed: no estimate)
 */
@Validated
@ConfigurationProperties("sync.progress")
record ProgressProperties(
		@DefaultValue("30s") @DurationMin(nanos = 0, inclusive = false,
				message = "sync.progress.interval must be longer than 0") Duration interval,
		@DefaultValue({ "catalogue-refresh", "reconciliation" }) List<String> estimateJobs) {

	ProgressProperties {
		estimateJobs = List.copyOf(estimateJobs);
	}

}
