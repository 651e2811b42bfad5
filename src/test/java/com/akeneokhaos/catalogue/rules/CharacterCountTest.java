package com.akeneokhaos.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.TestMappings;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

class CharacterCountTest {

	private static final String EMOJI = "\ud83d\udc57";

	private static final String VALID = """
			{"StockCode":"DRS-1","ShortDescription":"Linen dress","StockType1":{"Name":"Womenswear"},
			 "StockType2":{"Name":"Dresses"}}""";

	/** Khaos's own limits, with a stock code pattern that lets an emoji through so only the length counts. */
	private final StockItemValidator validator = new StockItemValidator(
			new ValidationProperties("\\S+", 30, 250, 25, 100), TestMappings.shipped());

	static Stream<Arguments> limits() {
		return Stream.of(Arguments.of("/StockCode", 30, Rule.STOCK_CODE_TOO_LONG),
				Arguments.of("/ShortDescription", 250, Rule.SHORT_DESCRIPTION_TOO_LONG),
				Arguments.of("/StockType1/Name", 25, Rule.STOCK_TYPE1_TOO_LONG),
				Arguments.of("/StockType2/Name", 100, Rule.STOCK_TYPE2_TOO_LONG))
			.flatMap(limit -> Stream.of(Arguments.of(limit.get()[0], limit.get()[1], 0, List.of()),
					Arguments.of(limit.get()[0], limit.get()[1], 1, List.of(limit.get()[2]))));
	}

	@ParameterizedTest(name = "{0}: limit {1} + {2} characters with an emoji → {3}")
	@MethodSource("limits")
	void countsCharactersAsKhaosDoesSoAnEmojiIsOne(String pointer, int limit, int over, List<Rule> broken) {
		// given
		String text = "A".repeat(limit + over - 1) + EMOJI;
		ObjectNode item = (ObjectNode) ProductBuilder.json(VALID);
		int slash = pointer.lastIndexOf('/');
		((ObjectNode) item.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), text);

		// when
		List<Violation> violations = validator.validate(new MappedStockItem("X", item, object("{}")));

		// then
		assertThat(text.length()).isEqualTo(limit + over + 1);
		assertThat(violations).extracting(Violation::rule).isEqualTo(broken);
		assertThat(violations).allSatisfy(v -> assertThat(v.message()).contains("is " + (limit + 1)
				+ " characters long; Khaos accepts at most " + limit));
	}

	private static ObjectNode object(String json) {
		return (ObjectNode) ProductBuilder.json(json);
	}

}
