package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KhaosFieldTest {

	@ParameterizedTest(name = "{0} is {1}, {2}")
	@CsvSource(delimiter = '|', value = { "StockCode | STRING | always on-create",
			"ShortDescription | STRING | always on-create", "SellPrice.Net | NUMBER | always on-create",
			"StockType2.ID | STRING | always on-create", "Options.PublishOnWeb | BOOLEAN | always on-create",
			"Options.Discontinued | BOOLEAN | always on-create", "Barcodes | BARCODE | always on-create",
			"Images | IMAGE | always on-create", "UserDefinedFields.Colour | USER_DEFINED | always on-create",
			"BuyPrice.Net | NUMBER | on-create", "BuyPrice.Gross | NUMBER | on-create",
			"TaxRate.Name | STRING | on-create", "Options.StockControlled | BOOLEAN | on-create",
			"SalesMultiple | NUMBER | on-create", "LeadTime | NUMBER | never", "ReorderLevel | NUMBER | never",
			"ReorderAmount | NUMBER | never", "StockLevel | NUMBER | never", "AverageCost | NUMBER | never",
			"SupplierInfo.Quantity | NUMBER | never" })
	void statesKindAndOwnershipOfEachField(String path, ValueKind kind, String ownerships) {
		// when
		KhaosField field = KhaosField.lookup(path).orElseThrow();

		// then
		assertThat(field.kind()).isEqualTo(kind);
		assertThat(field.allowed()).extracting(Ownership::word).containsExactly(ownerships.split(" "));
		assertThat(field.defaultOwnership().word()).isEqualTo(ownerships.split(" ")[0]);
	}

	@Test
	void knowsNoFieldsOutsideTheCatalogue() {
		// when / then
		assertThat(KhaosField.lookup("StockID")).isEmpty();
		assertThat(KhaosField.lookup("UserDefinedFields.")).isEmpty();
		assertThat(KhaosField.lookup("SellPrice")).isEmpty();
		assertThat(KhaosField.all()).extracting(KhaosField::path)
			.doesNotHaveDuplicates()
			.containsAll(List.of("StockType1.Name", "StockType4.Code", "Height", "Width", "Depth", "AverageWeight"));
	}

}
