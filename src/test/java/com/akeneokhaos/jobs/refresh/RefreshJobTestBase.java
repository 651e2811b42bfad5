package com.akeneokhaos.jobs.refresh;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.akeneokhaos.report.RunSummaries;

/**
 * The application wired to a database of its own and to the Akeneo simulator that each subclass starts
 * (and registers with {@link RefreshTestSupport#register}) for its scenario.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class RefreshJobTestBase {

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job catalogueRefreshJob;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RunSummaries summaries;

	JobExecution refresh() throws Exception {
		return RefreshTestSupport.run(jobOperator, catalogueRefreshJob);
	}

	long count(String sql, Object... params) {
		return RefreshTestSupport.count(jdbc, sql, params);
	}

}
