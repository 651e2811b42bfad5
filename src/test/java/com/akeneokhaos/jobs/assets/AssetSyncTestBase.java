package com.akeneokhaos.jobs.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service with its Khaos channel, a database of its own, an Akeneo simulator, and the shipped mapping with the
 * {@code images:} section the class registers (see {@link #mappingWith}). Each test starts from nothing. Reads back
 * the image entries a run put in the outbox.
 */
@EndToEnd(properties = { "sync.assets.chunk-size=50", "akeneo.retry.max-retries=1",
		"akeneo.retry.initial-delay=10ms" })
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
abstract class AssetSyncTestBase extends EndToEndTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The images section reading the {@code packshots} asset collection (at most 5 images). */
	static final String PACKSHOTS = """
			images:
			  max: 5
			  sources:
			    - { asset-collection: packshots }
			""";

	/**
	 * The shipped mapping plus an images section, written to a file of its own: a class registers it as
	 * {@code sync.mapping-file} from a {@code @DynamicPropertySource} method.
	 */
	static String mappingWith(String imagesSection) {
		try {
			Path file = Files.createTempFile("catalogue-mapping-with-images", ".yml");
			Files.writeString(file, Files.readString(Path.of("jobs/catalogue-mapping.yml")) + "\n" + imagesSection);
			file.toFile().deleteOnExit();
			return file.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The payloads of the image entries the executions put in the outbox, in the order written. */
	List<JsonNode> imageEntries(long... executionIds) {
		return jdbc.sql("SELECT payload FROM khaos_outbox WHERE job_execution_id IN (:ids) ORDER BY id")
			.param("ids", Arrays.stream(executionIds).boxed().toList())
			.query(String.class)
			.list()
			.stream()
			.map(JSON::readTree)
			.toList();
	}

	/** The StockIDs of the image entries the execution put in the outbox. */
	List<String> stockIdsOf(long executionId) {
		return imageEntries(executionId).stream().map(entry -> entry.path("StockID").asString()).toList();
	}

	/** The URLs of an entry's Images, in order. */
	static List<String> urls(JsonNode entry) {
		return entry.path("Images").valueStream().map(image -> image.path("Filename").asString()).toList();
	}
}
