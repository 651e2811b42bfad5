package com.akeneokhaos.console;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.admin.ExceptionRows.ExceptionView;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionsCsvTest {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "plain|plain", "a, b|`\"a, b\"`",
"=SUM(A1:A9)|'=SUM(A1:A9)", "+44 20|'+44 20", "-12|'-12",
			"@cmd|'@cmd", "KH-001|KH-001" })
	void aFieldIsQuotedWhenItMustBeAndNeverReadAsAFormula(String value, String written) {
		// when
		String field = ExceptionsCsv.field(value);
		// then
		assertThat(field).isEqualTo(written);
	}

	@Test
	void quotesAndLineBreaksAreQuotedSoTheRecordStaysWhole() {
		// when / then
		assertThat(ExceptionsCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(ExceptionsCsv.field("line one\nline two")).isEqualTo("\"line one\nline two\"");
	}

	@Test
	void numbersTimesAndNothingAreWrittenPlainly() {
		// when / then
		assertThat(ExceptionsCsv.field(-5L)).isEqualTo("-5");
		assertThat(ExceptionsCsv.field(LocalDateTime.of(2026, 11, 30, 13, 5, 7, 123_456_000)))
			.isEqualTo("2026-11-30T13:05:07");
		assertThat(ExceptionsCsv.field(null)).isEmpty();
	}

	@Test
	void eachExceptionIsOneLineUnderTheHeader() {
		// given
		LocalDateTime seen = LocalDateTime.of(2026, 11, 30, 9, 0);
		ExceptionView exception = new ExceptionView(7, "price-not-numeric", "catalogue-refresh", 3L,
				"0a1b", "0a1b", "SKU-1", "KH-1", "SellPrice.Net", "twelve",
				"Attribute 'price' has the GBP price 'twelve', which is not a number.", "open", seen, seen, seen, null);
		// when
		String csv = ExceptionsCsv.of(List.of(new ExceptionsPage.Row(exception, "https://pim.example/#/enrich/product/0a1b")));
		// then
		assertThat(csv).isEqualTo(ExceptionsCsv.HEADER + "\r\n"
				+ "7,price-not-numeric,open,SKU-1,KH-1,catalogue-refresh,3,SellPrice.Net,twelve,"
				+ "\"Attribute 'price' has the GBP price 'twelve', which is not a number.\","
				+ "2026-11-30T09:00,2026-11-30T09:00,,https://pim.example/#/enrich/product/0a1b\r\n");
	}

}
