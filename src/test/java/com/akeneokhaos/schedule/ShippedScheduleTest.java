package com.akeneokhaos.schedule;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule {@code jobs/jobs.yml} ships with is the built-in one: removing a line changes nothing. */
class ShippedScheduleTest {

	private static final List<String> JOBS = List.of("asset-url-sync", "catalogue-refresh", "delta-sync",
			"reconciliation", "sku-onboarding");

	@Test
	void theShippedJobsFileShowsTheBuiltInSchedule() throws IOException {
		// given
		ScheduleProperties shipped = bind(new FileSystemResource("jobs/jobs.yml"));
		ScheduleProperties builtIn = bind(null);

		// when / then
		assertThat(shipped.jobs()).containsOnlyKeys(JOBS);
		assertThat(ScheduledJob.of(shipped, JOBS)).usingRecursiveFieldByFieldElementComparator()
			.isEqualTo(ScheduledJob.of(builtIn, JOBS));
		assertThat(shipped).usingRecursiveComparison().ignoringFields("jobs").isEqualTo(builtIn);
	}

	private static ScheduleProperties bind(FileSystemResource file) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		if (file != null) {
			new YamlPropertySourceLoader().load("jobs.yml", file).forEach(environment.getPropertySources()::addFirst);
		}
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("sync.schedule",
				ScheduleProperties.class);
	}

}
