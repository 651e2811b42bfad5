package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.ProductBuilder.metric;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.catalogue.mapping.Source.Show;

import tools.jackson.databind.node.JsonNodeFactory;

/** Random, valid mappings of every Khaos field, and random products with sometimes unreadable values. */
final class RandomMappings {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Random random;

	RandomMappings(Random random) {
		this.random = random;
	}

	CatalogueMapping mapping() {
		List<FieldMapping> fields = new ArrayList<>();
		List<KhaosField> all = new ArrayList<>(KhaosField.all());
		for (int i = 0; i < 3; i++) {
			all.add(KhaosField.lookup(KhaosField.USER_DEFINED_PREFIX + "Extra" + i).orElseThrow());
		}
		Ownership userDefinedOwner = pick(List.of(Ownership.ALWAYS, Ownership.ON_CREATE));
		for (KhaosField field : all) {
			Ownership owner = (field.kind() == ValueKind.USER_DEFINED) ? userDefinedOwner : pick(field.allowed());
			fields.add(new FieldMapping(field, owner, source(field.kind()),
					field.kind() == ValueKind.BARCODE ? "EAN13" : null));
		}
		return new CatalogueMapping("random.yml", new MappingDefaults("en_GB", "ecommerce", "GBP", "master"), fields);
	}

	private Source source(ValueKind kind) {
		return switch (kind) {
			case STRING -> pick(List.of(attribute("name"), attribute("description"), attribute("sku"),
					new Source.FromAttribute("brand", null, null, null, null, Show.LABEL), attribute("materials"),
					attribute("release_date"), new Source.FromCategoryLevel(1 + random.nextInt(3), null, Show.LABEL),
					new Source.Constant(NODES.stringNode("Standard"))));
			case NUMBER -> pick(List.of(attribute("price"), attribute("cost_price"), attribute("lead_time_days"),
					new Source.FromAttribute("weight", null, null, null, "KILOGRAM", Show.CODE),
					new Source.Constant(NODES.numberNode(3))));
			case BOOLEAN -> pick(List.of(attribute("web_visible"), new Source.Constant(NODES.booleanNode(true))));
			case BARCODE -> attribute("ean");
			case IMAGE -> attribute("image_url");
			case USER_DEFINED -> pick(List.of(attribute("lead_time_days"), attribute("web_visible"),
					attribute("materials"), new Source.Constant(NODES.stringNode("x"))));
		};
	}

	AkeneoProduct product(String uuid) {
		ProductBuilder product = ProductBuilder.product(uuid).in(pick(List.of("womens_dresses_maxi", "mens", "sale")));
		maybe(() -> product.value("sku", "SKU-" + random.nextInt(1000)));
		maybe(() -> product.localized("name", "en_GB", "Name " + random.nextInt(99)));
		maybe(() -> product.scoped("description", "en_GB", "ecommerce", "<p>Text</p>"));
		maybe(() -> product.value("price", price("GBP", pick(List.of("12.50", "-1", "twelve")))));
		maybe(() -> product.value("cost_price", price("GBP", "4.10")));
		maybe(() -> product.value("weight", metric(pick(List.of("450", "x")), pick(List.of("GRAM", "STONE")))));
		maybe(() -> product.value("brand", "acme"));
		maybe(() -> product.value("materials", List.of("linen")));
		maybe(() -> product.value("ean", "5012345678900"));
		maybe(() -> product.value("image_url", "https://cdn.example/i.jpg"));
		maybe(() -> product.value("web_visible", random.nextBoolean()));
		maybe(() -> product.value("release_date", "2024-03-01T00:00:00+00:00"));
		maybe(() -> product.value("lead_time_days", random.nextInt(30)));
		return product.build();
	}

	private static Source attribute(String code) {
		return new Source.FromAttribute(code, null, null, null, null, Show.CODE);
	}

	private void maybe(Runnable addValue) {
		if (random.nextInt(4) > 0) {
			addValue.run();
		}
	}

	private <T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

}
