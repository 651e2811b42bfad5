package com.akeneokhaos.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.akeneokhaos.admin.ExecutionView;

/**
 * The dashboard's chart of the latest runs, drawn on the server as SVG (no script): per run, oldest on the left, a
 * bar of the items it read and, beside it, a bar of the items it rejected, both on one scale, whose top line is
 * labelled with the largest figure ({@code maxItems}). The same figures are
 * listed in a table under the chart for screen readers and for reading exact values.
 */
record RunChart(List<Bar> bars, long maxItems, int width, int height) {

	static final int HEIGHT = 160;

	private static final int SLOT = 24;

	private static final int BAR = 9;

	/** Room on the right for the scale's label. */
	private static final int LABEL = 80;

	static RunChart of(List<ExecutionView> newestFirst) {
		List<ExecutionView> runs = new ArrayList<>(newestFirst);
		Collections.reverse(runs);
		long max = Math.max(1, runs.stream().mapToLong(RunChart::items).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			ExecutionView run = runs.get(i);
			bars.add(new Bar(run.id(), run.job(), run.status(), items(run), rejections(run), i * SLOT + 4, BAR,
					height(items(run), max), height(rejections(run), max)));
		}
		return new RunChart(bars, max, Math.max(SLOT, runs.size() * SLOT + 4) + LABEL, HEIGHT);
	}

	/** Items the run read: the job's own figure, else what its steps read. */
	static long items(ExecutionView run) {
		return figure(run, "read", run.read());
	}

	/** Items the run rejected: the job's own figure, else its skips (rejected items are skipped). */
	static long rejections(ExecutionView run) {
		return figure(run, "rejected", run.skipped());
	}

	private static long figure(ExecutionView run, String name, long fallback) {
		return (run.figures().get(name) instanceof Number number) ? number.longValue() : fallback;
	}

	private static int height(long value, long max) {
		return (value == 0) ? 0 : (int) Math.max(1, Math.round((double) value * (HEIGHT - 10) / max));
	}

	/**
	 * One run's two bars.
	 *
	 * @param executionId the execution
	 * @param job its job
	 * @param status its Batch status
	 * @param items items read
	 * @param rejections items rejected
	 * @param x left edge of the items bar
	 * @param barWidth width of each bar
	 * @param itemsHeight height of the items bar
	 * @param rejectionsHeight height of the rejections bar
	 */
	record Bar(long executionId, String job, String status, long items, long rejections, int x, int barWidth,
			int itemsHeight, int rejectionsHeight) {

		public int itemsY() {
			return HEIGHT - itemsHeight;
		}

		public int rejectionsX() {
			return x + barWidth + 1;
		}

		public int rejectionsY() {
			return HEIGHT - rejectionsHeight;
		}

	}

}
