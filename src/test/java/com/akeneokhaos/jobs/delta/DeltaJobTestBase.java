package com.akeneokhaos.jobs.delta;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The application, without a web server, on a database of its own and an Akeneo simulator serving the
 * catalogue each subclass declares; small chunks, so a delta of a few dozen items spans several
 * transactions. Reads back what each execution put in the outbox.
 */
@EndToEnd(webEnvironment = WebEnvironment.NONE,
		properties = { "sync.refresh.skip-limit=100", "sync.delta.skip-limit=100", "sync.delta.chunk-size=10" })
abstract class DeltaJobTestBase extends EndToEndTestBase {

	@Autowired
	DeltaWindow window;

	/** The item keys (product uuid, {@code model:<code>}) the executions put in the outbox, each as often as it did. */
	List<String> published(long... executionIds) {
		return jdbc.sql("SELECT item_key FROM khaos_outbox WHERE job_execution_id IN (:ids) ORDER BY item_key")
			.param("ids", java.util.Arrays.stream(executionIds).boxed().toList())
			.query(String.class)
			.list();
	}

	/** The payload of every outbox entry of the execution, by item key. */
	Map<String, String> payloads(long executionId) {
		Map<String, String> payloads = new TreeMap<>();
		jdbc.sql("SELECT item_key, payload FROM khaos_outbox WHERE job_execution_id = ?")
			.param(executionId)
			.query((rs, row) -> payloads.put(rs.getString(1), rs.getString(2)))
			.list();
		return payloads;
	}

	/** The items the execution held back with an exception. */
	Set<String> rejected(long executionId) {
		return new TreeSet<>(jdbc.sql("SELECT item_key FROM sync_exception WHERE job_execution_id = ?")
			.param(executionId)
			.query(String.class)
			.list());
	}
}
