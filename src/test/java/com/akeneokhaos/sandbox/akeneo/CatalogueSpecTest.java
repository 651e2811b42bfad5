package com.akeneokhaos.sandbox.akeneo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CatalogueSpecTest {

	@Test
	void spreadsDefectsEvenlyOverAllKindsEarlierKindsFirst() {
		// when
		CatalogueSpec spec = CatalogueSpec.of(1, 100).withDefectsSpreadEvenly(DefectKind.values().length * 2 + 2);

		// then
		assertThat(spec.totalDefects()).isEqualTo(DefectKind.values().length * 2 + 2);
		assertThat(spec.defectCount(DefectKind.SKU_EMPTY)).isEqualTo(3);
		assertThat(spec.defectCount(DefectKind.SKU_TOO_LONG)).isEqualTo(3);
		assertThat(spec.defectCount(DefectKind.VARIANT)).isEqualTo(2);
		assertThat(spec.validCount()).isEqualTo(100 - spec.totalDefects());
	}

	@Test
	void addsAndReplacesDefectCountsPerKind() {
		// given
		CatalogueSpec spec = CatalogueSpec.of(1, 100).withDefect(DefectKind.NAME_MISSING, 2);

		// when
		CatalogueSpec changed = spec.withDefects(Map.of(DefectKind.NAME_MISSING, 5, DefectKind.VARIANT, 1)).withVariants(4);

		// then
		assertThat(changed.defects()).containsOnly(Map.entry(DefectKind.NAME_MISSING, 5), Map.entry(DefectKind.VARIANT, 1));
		assertThat(changed.validCount()).isEqualTo(90);
		assertThat(spec.defectCount(DefectKind.NAME_MISSING)).isEqualTo(2);
	}

	@Test
	void refusesMoreSpecialProductsThanTheCatalogueHolds() {
		// given
		CatalogueSpec spec = CatalogueSpec.of(1, 10);

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> spec.withDefectsSpreadEvenly(11));
		assertThatIllegalArgumentException().isThrownBy(() -> spec.withDefect(DefectKind.SKU_DUPLICATE_CASE, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> spec.withDefect(DefectKind.SKU_EMPTY, -1));
	}

}
