package com.akeneokhaos.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/** What steps saved in their execution contexts, read from the Batch tables as a restart would find it. */
public final class SavedContexts {

	private SavedContexts() {
	}

	/** The execution context the step of that name saved last in that job execution. */
	public static Map<String, Object> ofStep(JdbcClient jdbc, long jobExecutionId, String stepName) {
		String saved = jdbc.sql("""
				SELECT COALESCE(c.SERIALIZED_CONTEXT, c.SHORT_CONTEXT) FROM BATCH_STEP_EXECUTION_CONTEXT c
				JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID
				WHERE s.JOB_EXECUTION_ID = ? AND s.STEP_NAME = ?
				""").param(jobExecutionId).param(stepName).query(String.class).single();
		try {
			return new DefaultExecutionContextSerializer()
				.deserialize(new ByteArrayInputStream(saved.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The searches a partitioned product reader of that name read in, in its order. */
	public static List<String> partitions(Map<String, Object> context, String readerName) {
		return List.of(JsonMapper.shared().readValue((String) context.get(readerName + ".partitions"), String[].class));
	}

}
