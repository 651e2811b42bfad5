package com.akeneokhaos.khaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 3, done-when 3: Khaos Control Cloud's own StockUpload and StockStatusUpload samples, in both
 * formats, are accepted as they are (read in place from the shared reference folder, never copied), and
 * the same body twice changes nothing the second time.
 */
class OfficialSamplesTest extends ChannelTestBase {

	static final Path SAMPLES = Path.of("..", "shared", "reference", "khaos");

	@ParameterizedTest
	@CsvSource(textBlock = """
			StockUpload,       stock-upload-StockItems-request.json,        khaos_mirror_item,  1
			StockUpload,       stock-upload-StockItems-request.xml,         khaos_mirror_item,  1
			StockStatusUpload, stock-status-upload-StockStatuses-request.json, khaos_mirror_level, 2
			StockStatusUpload, stock-status-upload-StockStatuses-request.xml,  khaos_mirror_level, 2
			""")
	void theOfficialSampleIsStoredOnceWhateverTheFormat(String endpoint, String sample, String table, int atLeast)
			throws IOException {
		// given
		Path file = SAMPLES.resolve(sample);
		assumeTrue(Files.isReadable(file), "the shared reference samples are not next to this checkout");
		byte[] body = Files.readAllBytes(file);
		// when
		int first = post(endpoint, body).statusCode();
		long rowsAfterFirst = rows(table);
		String afterFirst = snapshot();
		int second = post(endpoint, body).statusCode();
		// then
		assertThat(first).isEqualTo(200);
		assertThat(second).isEqualTo(200);
		assertThat(rowsAfterFirst).isGreaterThanOrEqualTo(atLeast);
		assertThat(snapshot()).isEqualTo(afterFirst);
	}

	private long rows(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
