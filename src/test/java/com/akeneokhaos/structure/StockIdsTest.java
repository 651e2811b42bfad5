package com.akeneokhaos.structure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StockIdsTest {

	@ParameterizedTest
	@CsvSource({ "P-0a1b2c3d-0000-4000-8000-00000000000e, P-0a1b2c3d-0000-4000-8000-00000000000e-r2",
			"P-0a1b2c3d-0000-4000-8000-00000000000e-r2, P-0a1b2c3d-0000-4000-8000-00000000000e-r3",
			"P-0a1b2c3d-0000-4000-8000-00000000000e-r9, P-0a1b2c3d-0000-4000-8000-00000000000e-r10" })
	void aReplacedItemsSuccessorCountsGenerationsOnItsProductsStockId(String stockId, String successor) {
		assertThat(StockIds.successor(stockId)).isEqualTo(successor);
	}

}
