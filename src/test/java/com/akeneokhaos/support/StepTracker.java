package com.akeneokhaos.support;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Tells a {@link KillSwitch} which step and which chunk of it the run is in: registered on every step of the
 * application, chunk-oriented (a chunk per {@code beforeChunk}, once its items are read) or tasklet (one
 * chunk per tasklet call), and on every job (nothing is followed once the job has ended).
 */
final class StepTracker implements JobExecutionListener, StepExecutionListener, ChunkListener<Object, Object> {

	private final KillSwitch killSwitch;

	StepTracker(KillSwitch killSwitch) {
		this.killSwitch = killSwitch;
	}

	/** Registers a tracker on the step or job, if it is one this tracker can follow; returns the bean. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Object track(Object bean, KillSwitch killSwitch) {
		StepTracker tracker = new StepTracker(killSwitch);
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(tracker);
		}
		else if (bean instanceof ChunkOrientedStep step) {
			step.registerStepExecutionListener(tracker);
			step.registerChunkListener((ChunkListener) tracker);
		}
		else if (bean instanceof TaskletStep step) {
			step.registerStepExecutionListener(tracker);
			step.registerChunkListener(tracker);
		}
		else if (bean instanceof AbstractStep step) {
			step.registerStepExecutionListener(tracker);
		}
		return bean;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		killSwitch.jobEnded();
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		killSwitch.stepStarted(stepExecution.getStepName());
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		killSwitch.stepEnded();
		return null;
	}

	@Override
	public void beforeChunk(Chunk<Object> chunk) {
		killSwitch.chunkStarted();
	}

	@Override
	@SuppressWarnings("removal")
	public void beforeChunk(ChunkContext context) {
		killSwitch.chunkStarted();
	}

}
