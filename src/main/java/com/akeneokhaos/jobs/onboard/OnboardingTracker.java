package com.akeneokhaos.jobs.onboard;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import com.akeneokhaos.publish.MappedItem;

/**
 * After each chunk's write, in its transaction: the products it published are tracked for release. Notes when its
 * step started, which is when onboarding began if nothing was tracked before.
 */
class OnboardingTracker implements ItemWriteListener<MappedItem>, StepExecutionListener {

	private final Onboardings onboardings;

	private final Clock clock;

	private @Nullable LocalDateTime stepStarted;

	private long jobExecutionId;

	OnboardingTracker(Onboardings onboardings, Clock clock) {
		this.onboardings = onboardings;
		this.clock = clock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		stepStarted = LocalDateTime.now(clock);
		jobExecutionId = stepExecution.getJobExecutionId();
	}

	@Override
	public void afterWrite(Chunk<? extends MappedItem> items) {
		onboardings.track(items.getItems().stream().map(MappedItem::akeneoUuid).filter(Objects::nonNull).toList(),
				jobExecutionId, Objects.requireNonNull(stepStarted, "the step has not started"));
	}

}
