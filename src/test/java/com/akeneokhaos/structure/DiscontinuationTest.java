package com.akeneokhaos.structure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.MappedStockItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a product is enabled in Akeneo goes to Khaos with every publication, in the payload's options, without
 * touching the mapped item it starts from (a chunk may map a product once and publish it again).
 */
class DiscontinuationTest {

	@ParameterizedTest(name = "enabled {0}, mapped options {1}")
	@CsvSource(delimiter = '|', textBlock = """
			true  | {"StockCode":"A1","Options":{"PublishOnWeb":true}}  | {"StockCode":"A1","Options":{"PublishOnWeb":true,"Discontinued":false}}
			false | {"StockCode":"A1","Options":{"PublishOnWeb":true}}  | {"StockCode":"A1","Options":{"PublishOnWeb":false,"Discontinued":true}}
			true  | {"StockCode":"A1"}                                  | {"StockCode":"A1","Options":{"Discontinued":false}}
			false | {"StockCode":"A1","Description":"Boot"}             | {"StockCode":"A1","Description":"Boot","Options":{"Discontinued":true,"PublishOnWeb":false}}
			""")
	void theOptionsSayWhetherTheProductIsSoldAndTheMappedItemIsLeftAsItWas(boolean enabled, String mapped,
			String published) {
		// given
		ObjectNode always = (ObjectNode) JsonMapper.shared().readTree(mapped);
		MappedStockItem item = new MappedStockItem("A1", always, always.objectNode());

		// when
		MappedStockItem reflected = Discontinuation.reflect(item, enabled);

		// then
		assertThat(reflected.always()).isEqualTo(JsonMapper.shared().readTree(published));
		assertThat(item.always()).isEqualTo(JsonMapper.shared().readTree(mapped));
		assertThat(reflected.stockCode()).isEqualTo("A1");
	}

}
