package com.akeneokhaos.jobs.delta;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.stereotype.Component;

import com.akeneokhaos.changes.Watermarks;

/**
 * Where a delta starts reading, in Akeneo's filter format ({@code yyyy-MM-dd HH:mm:ss}, UTC): the
 * {@code since} job parameter when given (to re-read a period on purpose), otherwise the start of the last
 * completed delta-sync or catalogue-refresh (of its first attempt, when it was restarted: the items it read
 * before the crash were read then) minus the overlap. The run fixes it when it starts and keeps it in its
 * execution context, so a restart keeps its window; it moves on only when a run completes. No completed run
 * yet: no window, the delta reads every item.
 */
@Component
class DeltaWindow implements JobParametersValidator {

	static final String SINCE = "since";

	static final DateTimeFormatter AKENEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Watermarks watermarks;

	private final DeltaProperties properties;

	DeltaWindow(Watermarks watermarks, DeltaProperties properties) {
		this.watermarks = watermarks;
		this.properties = properties;
	}

	@Override
	public void validate(@Nullable JobParameters parameters) throws InvalidJobParametersException {
		String since = (parameters != null) ? parameters.getString(SINCE) : null;
		if (since != null) {
			try {
				LocalDateTime.parse(since, AKENEO_DATE);
			}
			catch (DateTimeParseException ex) {
				throw new InvalidJobParametersException("since must be a UTC time as yyyy-MM-dd HH:mm:ss, was '"
						+ since + "'");
			}
		}
	}

	/** The window of a new run: its {@code since} parameter, or the watermark now. */
	@Nullable String since(JobParameters parameters) {
		String since = parameters.getString(SINCE);
		return (since != null) ? since : watermark().orElse(null);
	}

	/** The start of the last completed delta-sync or refresh minus the overlap, in Akeneo's format. */
	Optional<String> watermark() {
		return watermarks.lastCompletedStart(DeltaSyncJobConfiguration.WATERMARK_JOBS)
			.map(start -> start.minus(properties.overlap()).atZone(ZoneOffset.UTC).format(AKENEO_DATE));
	}

}
