package com.akeneokhaos.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.AkeneoSandbox;

/**
 * The application's command line on one database and an Akeneo sandbox, for restart tests after a real crash: a
 * command runs in this JVM, or in a child JVM that is SIGKILLed once a job has committed enough outbox entries.
 * Reads back what a job's executions left in the outbox and the exceptions.
 *
 * @param settings extra {@code --name=value} arguments for every command (e.g. a smaller chunk size)
 */
public record KillableCommandLine(TestDatabase.Coordinates db, AkeneoSandbox akeneo, List<String> settings) {

	private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(90);

	/** Runs the command in this JVM; returns its exit code. */
	public int run(String... words) {
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return SpringApplication.exit(application.run(arguments(words).toArray(String[]::new)));
	}

	/**
	 * Starts {@code run <job>} in a child JVM and SIGKILLs it once the job's newest execution has committed
	 * {@code killFromEntries} outbox entries; returns how many it had committed then.
	 */
	public long runInChildAndKill(String job, long killFromEntries, Path log) throws IOException, InterruptedException {
		Process child = new ProcessBuilder(childCommand(job)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			await().atMost(CHILD_TIMEOUT)
				.pollInterval(Duration.ofMillis(20))
				.until(() -> newestEntries(job) >= killFromEntries || !child.isAlive());
		}
		finally {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(child.exitValue()).as("killed, not ended; log:%n%s", ChildJvm.tail(log)).isEqualTo(137);
		return newestEntries(job);
	}

	/** The payloads of the outbox entries of every execution of the job, by StockID (one per entry, sorted). */
	public Map<String, List<String>> payloadsByStockId(String job) {
		return jdbc().sql("SELECT stock_id, payload FROM khaos_outbox WHERE job_execution_id IN (:ids)")
			.param("ids", executionsOf(job))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new, Collectors.mapping(Map.Entry::getValue,
					Collectors.collectingAndThen(Collectors.toList(), list -> list.stream().sorted().toList()))));
	}

	/** The exceptions of every execution of the job, as item key and rule code, sorted. */
	public List<String> exceptions(String job) {
		return jdbc().sql("SELECT CONCAT(item_key, ' ', rule_code) FROM sync_exception WHERE job_execution_id IN (:ids) "
				+ "ORDER BY 1")
			.param("ids", executionsOf(job))
			.query(String.class)
			.list();
	}

	/** Runs the job to its end and counts the outbox entries it wrote. */
	public long entriesOfARun(String job) {
		assertThat(run("run", job)).isZero();
		return entriesOf(lastExecutionOf(job));
	}

	public long lastExecutionOf(String job) {
		List<Long> executions = executionsOf(job);
		return executions.get(executions.size() - 1);
	}

	public String statusOf(long execution) {
		return jdbc().sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
			.param(execution)
			.query(String.class)
			.single();
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
	}

	private List<Long> executionsOf(String job) {
		return jdbc().sql("""
				SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
				JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE i.JOB_NAME = ? ORDER BY 1
				""")
			.param(job)
			.query(Long.class)
			.list();
	}

	/** Outbox entries of the job's newest execution, 0 until it started. */
	private long newestEntries(String job) {
		List<Long> executions = executionsOf(job);
		return executions.isEmpty() ? 0 : entriesOf(executions.get(executions.size() - 1));
	}

	private long entriesOf(long execution) {
		return jdbc().sql("SELECT COUNT(*) FROM khaos_outbox WHERE job_execution_id = ?")
			.param(execution)
			.query(Long.class)
			.single();
	}

	private List<String> childCommand(String job) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				AkeneoKhaosSyncApplication.class.getName()));
		command.addAll(arguments("run", job));
		return command;
	}

	private List<String> arguments(String... words) {
		List<String> arguments = new ArrayList<>(List.of(words));
		arguments.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password()));
		arguments.addAll(akeneo.arguments());
		arguments.addAll(settings);
		return arguments;
	}

}
