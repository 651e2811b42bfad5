package com.akeneokhaos.structure;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Freed codes never collide with a code the ledger or the Khaos mirror holds, and fit Khaos' 30 characters. */
class FreedCodesTest {

	private static JdbcClient jdbc;

	@BeforeAll
	static void database() {
		TestDatabase.Coordinates db = TestDatabase.newDatabase("freed_codes");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM sync_ledger").update();
		jdbc.sql("DELETE FROM khaos_mirror_item").update();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ABC                            | ''              | ''        | ABC-OLD",
			"ABC                            | ABC-OLD         | ''        | ABC-OLD2",
			"abc                            | ABC-OLD         | ABC-OLD2  | abc-OLD3",
			"ABC                            | ''              | abc-old   | ABC-OLD2",
			"TWENTY-EIGHT-CHARACTERS-LONG   | ''              | ''        | TWENTY-EIGHT-CHARACTERS-LO-OLD",
			"TWENTY-EIGHT-CHARACTERS-LONG   | TWENTY-EIGHT-CHARACTERS-LO-OLD | '' | TWENTY-EIGHT-CHARACTERS-L-OLD2" })
	void theFirstCodeWithTheSuffixNobodyHoldsInAnyCase(String code, String inLedger, String inMirror, String freed) {
		// given
		if (!inLedger.isEmpty()) {
			ledgerHolds(inLedger);
		}
		if (!inMirror.isEmpty()) {
			mirrorHolds(inMirror);
		}
		// when
		String chosen = new FreedCodes(jdbc, "-OLD", List.of()).free(code);
		// then
		assertThat(chosen).isEqualTo(freed).hasSizeLessThanOrEqualTo(FreedCodes.KHAOS_MAX_STOCK_CODE);
	}

	@Test
	void oneChunkNeverChoosesTheSameCodeTwice() {
		// given
		FreedCodes codes = new FreedCodes(jdbc, "-X", List.of());
		// when
		List<String> chosen = List.of(codes.free("abc"), codes.free("ABC"), codes.free("Abc"));
		// then
		assertThat(chosen).containsExactly("abc-X", "ABC-X2", "Abc-X3");
	}

	@Test
	void neverChoosesACodeAnItemOfTheChunkTakes() {
		// given
		FreedCodes codes = new FreedCodes(jdbc, "-OLD", List.of("abc-old", "ABC-OLD2"));
		// when
		String chosen = codes.free("ABC");
		// then
		assertThat(chosen).isEqualTo("ABC-OLD3");
	}

	private static void ledgerHolds(String code) {
		jdbc.sql("""
				INSERT INTO sync_ledger (item_key, kind, khaos_stock_id, khaos_stock_code, stock_code_key, status,
				  created_at, updated_at)
				VALUES (?, 'SIMPLE', ?, ?, UPPER(?), 'DISCONTINUED', NOW(), NOW())
				""").params("k-" + code, "S-" + code, code, code).update();
	}

	private static void mirrorHolds(String code) {
		jdbc.sql("""
				INSERT INTO khaos_mirror_item (stock_id, stock_code, stock_code_key, payload, payload_hash, received_at)
				VALUES (?, ?, UPPER(?), '{}', REPEAT('0', 64), NOW())
				""").params("K-" + code, code, code).update();
	}

}
