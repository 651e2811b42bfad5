package com.akeneokhaos.launch;

import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** Turns {@code name=value} words into job parameters (strings; the job converts what it needs). */
final class JobParameterWords {

	private JobParameterWords() {
	}

	static JobParameters parse(List<String> words) {
		JobParametersBuilder builder = new JobParametersBuilder();
		for (String word : words) {
			int equals = word.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("job parameter '" + word + "' is not name=value");
			}
			builder.addString(word.substring(0, equals), word.substring(equals + 1));
		}
		return builder.toJobParameters();
	}

}
