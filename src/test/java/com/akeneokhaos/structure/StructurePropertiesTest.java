package com.akeneokhaos.structure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.akeneokhaos.structure.StructureProperties.SimpleToVariant;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class StructurePropertiesTest {

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "-OLD ", "~OLD", "-TOO-LONG-1", "-ÖLD" })
	void aSuffixNoStockCodeCouldHoldStopsStartUpNamingTheSetting(String suffix) {
		assertThatIllegalArgumentException().isThrownBy(() -> new StructureProperties(SimpleToVariant.REPLACE, suffix))
			.withMessageContaining("sync.structure.freed-code-suffix");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-OLD", "_X", ".RETIRED", "/1" })
	void aSuffixOfStockCodeCharactersIsTaken(String suffix) {
		assertThatNoException().isThrownBy(() -> new StructureProperties(SimpleToVariant.RELINK, suffix));
	}

}
