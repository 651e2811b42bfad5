package com.akeneokhaos.console;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.admin.ExecutionView;

import static org.assertj.core.api.Assertions.assertThat;

class RunChartTest {

	@Test
	void runsAreDrawnOldestFirstOnOneScale() {
		// given: newest first, as the executions are listed
		List<ExecutionView> newestFirst = List.of(run(3, Map.of("read", 50L, "rejected", 5L), 0, 0),
				run(2, Map.of(), 200, 10), run(1, Map.of("read", 0L, "rejected", 0L), 0, 0));
		// when
		RunChart chart = RunChart.of(newestFirst);
		// then
		assertThat(chart.bars()).extracting(RunChart.Bar::executionId).containsExactly(1L, 2L, 3L);
		assertThat(chart.maxItems()).isEqualTo(200);
		RunChart.Bar largest = chart.bars().get(1);
		assertThat(largest.items()).as("steps' read count when the job has no figure").isEqualTo(200);
		assertThat(largest.rejections()).as("skips when the job has no figure").isEqualTo(10);
		assertThat(largest.itemsHeight()).isEqualTo(RunChart.HEIGHT - 10);
		assertThat(chart.bars().get(2).itemsHeight()).isEqualTo(Math.round((RunChart.HEIGHT - 10) / 4.0));
		assertThat(chart.bars().get(0).itemsHeight()).isZero();
		assertThat(chart.bars().get(2).x()).isGreaterThan(largest.x());
	}

	@Test
	void aChartWithoutRunsIsEmpty() {
		// when
		RunChart chart = RunChart.of(List.of());
		// then
		assertThat(chart.bars()).isEmpty();
		assertThat(chart.maxItems()).isEqualTo(1);
	}

	private static ExecutionView run(long id, Map<String, Object> figures, long read, long skipped) {
		return new ExecutionView(id, "catalogue-refresh", id, "COMPLETED", "COMPLETED", "", null, null, null, 1.0,
				Map.of(), read, read, skipped, List.of(), figures, List.of());
	}

}
