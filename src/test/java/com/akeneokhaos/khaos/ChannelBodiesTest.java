package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * What the channel accepts as a body before anything is stored: the declared type decides the format
 * (415 for another), the body must be what its type says (400), numbers are checked for size before use
 * and read as decimals, and nesting is capped in both formats.
 */
class ChannelBodiesTest {

	private static final String JSON = "{\"Statuses\":[{\"StockID\":\"KX-1\",\"SiteID\":\"1\",\"Levels\":{\"Available\":5}}]}";

	private static final String XML = "<StockStatuses><Statuses><StockStatus><StockID>KX-1</StockID><SiteID>1</SiteID>"
			+ "<Levels><Available>5</Available></Levels></StockStatus></Statuses></StockStatuses>";

	private final ChannelBodies bodies = new ChannelBodies();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "application/json | json", "application/json; charset=utf-8 | json",
			"text/json | json", "application/vnd.khaos+json | json", "application/xml | xml", "text/xml | xml",
			"application/xml; charset=UTF-8 | xml" })
	void readsTheFormatItsTypeDeclares(String contentType, String format) {
		// given
		String body = format.equals("json") ? JSON : XML;

		// when
		StockStatusBody read = StockStatusBody.from(bodies.parse(bytes(body), contentType));

		// then
		assertThat(read.statuses()).singleElement()
			.satisfies(status -> assertThat(status.available()).isEqualByComparingTo("5"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	void withoutATypeTheBodyDecides(String contentType) {
		// when / then
		assertThat(StockStatusBody.from(bodies.parse(bytes(XML), contentType)).statuses()).hasSize(1);
		assertThat(StockStatusBody.from(bodies.parse(bytes(JSON), contentType)).statuses()).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "image/png", "text/plain", "multipart/form-data; boundary=x",
			"application/x-www-form-urlencoded", "not a type" })
	void refusesAnotherTypeWith415(String contentType) {
		// when / then
		assertThatThrownBy(() -> bodies.parse(bytes(JSON), contentType))
			.isInstanceOfSatisfying(ChannelRequestException.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "application/json | xml", "application/xml | json" })
	void refusesABodyThatIsNotWhatItsTypeSays(String contentType, String format) {
		// given
		String body = format.equals("json") ? JSON : XML;

		// when / then
		assertRefused(() -> bodies.parse(bytes(body), contentType), "not valid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"1E-999999999\"", "\"1E+999999999\"", "1e400", "1e-400", "\"1E-9999999999\"",
			"100000000000000", "\"0.00001\"", "\"12345678901234567890123456789012345678901234567890\"", "\"NaN\"" })
	void refusesALevelThatDoesNotFitBeforeComputingWithIt(String available) {
		// given
		String body = "{\"Statuses\":[{\"StockID\":\"KX-1\",\"SiteID\":\"1\",\"Levels\":{\"Available\":" + available
				+ "}}]}";

		// when / then
		assertRefused(() -> StockStatusBody.from(bodies.parse(bytes(body), "application/json")), "Available");
	}

	@ParameterizedTest
	@ValueSource(strings = { "99999999999999.9999", "0.0001", "-5", "1.50000000", "12345678901234" })
	void readsLevelsAsDecimalsWithEveryDigit(String available) {
		// given
		String body = "{\"Statuses\":[{\"StockID\":\"KX-1\",\"SiteID\":\"1\",\"Levels\":{\"Available\":" + available
				+ "}}]}";

		// when
		BigDecimal read = StockStatusBody.from(bodies.parse(bytes(body), "application/json"))
			.statuses()
			.get(0)
			.available();

		// then
		assertThat(read).isEqualByComparingTo(new BigDecimal(available));
	}

	@ParameterizedTest
	@CsvSource({ "application/xml, 300", "application/json, 300", "application/xml, 33", "application/json, 33" })
	void refusesNestingDeeperThanTheCap(String contentType, int depth) {
		// given
		boolean xml = contentType.endsWith("xml");
		String body = (xml ? "<a>" : "{\"a\":").repeat(depth) + (xml ? "x" : "1") + (xml ? "</a>" : "}").repeat(depth);

		// when / then
		assertRefused(() -> bodies.parse(bytes(body), contentType), "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/xml", "application/json" })
	void readsNestingUpToTheCap(String contentType) {
		// given
		int depth = ChannelBodies.MAX_DEPTH - 1;
		boolean xml = contentType.endsWith("xml");
		String body = (xml ? "<a>" : "{\"a\":").repeat(depth) + (xml ? "x" : "1") + (xml ? "</a>" : "}").repeat(depth);

		// when
		JsonNode tree = bodies.parse(bytes(body), contentType);

		// then
		assertThat(tree.isObject() || tree.isString()).isTrue();
	}

	private static void assertRefused(Runnable parse, String reasonContains) {
		assertThatThrownBy(parse::run).isInstanceOfSatisfying(ChannelRequestException.class, ex -> {
			assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(ex.getMessage()).contains(reasonContains).hasSizeLessThan(200);
		});
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
