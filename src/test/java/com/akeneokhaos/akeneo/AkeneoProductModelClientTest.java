package com.akeneokhaos.akeneo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.akeneokhaos.akeneo.AkeneoFixtures.akeneoError;
import static com.akeneokhaos.akeneo.AkeneoFixtures.page;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.akeneokhaos.akeneo.ModelFixtures.familyVariantJson;
import static com.akeneokhaos.akeneo.ModelFixtures.modelCode;
import static com.akeneokhaos.akeneo.ModelFixtures.models;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AkeneoProductModelClientTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String FIRST = "/api/rest/v1/product-models?pagination_type=search_after&limit=100";

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		client = AkeneoFixtures.client(akeneo);
	}

	@Test
	void firstPageUrlAsksForSearchAfterPagesOfThePageSize() {
		// when / then
		assertThat(client.productModelsFirstPageUrl(null)).isEqualTo(akeneo.baseUrl() + FIRST);
		assertThat(client.productModelsFirstPageUrl("{\"updated\":[{\"operator\":\">\",\"value\":\"x y\"}]}"))
			.startsWith(akeneo.baseUrl() + FIRST + "&search=%7B%22updated%22")
			.doesNotContain(" ", "+", "{");
	}

	@Test
	void readsARootModel() {
		// given
		akeneo.stubFor(get(urlPathEqualTo("/api/rest/v1/product-models/tshirt-root")).willReturn(okJson("""
				{"code":"tshirt-root","family":"tshirt","family_variant":"tshirt_colour_size","parent":null,
				 "categories":["men","sale"],
				 "values":{"name":[{"locale":"en_GB","scope":null,"data":"T-shirt"}],
				  "price":[{"locale":null,"scope":"web","data":[{"amount":"12.50","currency":"GBP"}]}]},
				 "associations":{},"quantified_associations":{},
				 "created":"2024-01-01T10:00:00+00:00","updated":"2024-05-01T08:00:00+00:00"}""")));

		// when
		AkeneoProductModel model = client.productModel("tshirt-root").orElseThrow();

		// then
		assertThat(model.code()).isEqualTo("tshirt-root");
		assertThat(model.isRoot()).isTrue();
		assertThat(model.parent()).isNull();
		assertThat(model.family()).isEqualTo("tshirt");
		assertThat(model.familyVariant()).isEqualTo("tshirt_colour_size");
		assertThat(model.categories()).containsExactly("men", "sale");
		assertThat(model.valuesOf("name")).extracting(AkeneoValue::locale, v -> v.data().asString())
			.containsExactly(tuple("en_GB", "T-shirt"));
		assertThat(model.valuesOf("price").get(0).data().get(0).get("amount").asString()).isEqualTo("12.50");
		assertThat(model.updated()).isEqualTo("2024-05-01T08:00:00+00:00");
	}

	@Test
	void readsASubModelWithItsParent() {
		// given
		akeneo.stubFor(get(urlPathEqualTo("/api/rest/v1/product-models/tshirt-root-red")).willReturn(okJson("""
				{"code":"tshirt-root-red","family":"tshirt","family_variant":"tshirt_colour_size",
				 "parent":"tshirt-root","categories":[],
				 "values":{"colour":[{"locale":null,"scope":null,"data":"red"}]},
				 "updated":"2024-05-02T08:00:00+00:00"}""")));

		// when
		AkeneoProductModel model = client.productModel("tshirt-root-red").orElseThrow();

		// then
		assertThat(model.isRoot()).isFalse();
		assertThat(model.parent()).isEqualTo("tshirt-root");
		assertThat(model.valuesOf("colour").get(0).data().asString()).isEqualTo("red");
		assertThat(model.valuesOf("name")).isEmpty();
	}

	@Test
	void anUnknownModelIsEmpty() {
		// given
		akeneo.stubFor(get(urlPathMatching("/api/rest/v1/product-models/.*"))
			.willReturn(akeneoError(404, "Resource does not exist.")));

		// when / then
		assertThat(client.productModel("gone")).isEmpty();
	}

	@Test
	void modelPagesFollowTheNextLinkExactlyAsGiven() {
		// given
		String cursorQuery = FIRST + "&search_after=%2Fb3BhcXVl%3D%3D%7Cx";
		akeneo.stubFor(get(urlEqualTo(FIRST)).willReturn(okJson(models(0, 2, akeneo.baseUrl() + cursorQuery))));
		akeneo.stubFor(get(urlEqualTo(cursorQuery)).willReturn(okJson(models(2, 3, null))));

		// when
		ProductModelPage first = client.productModelsPage(client.productModelsFirstPageUrl(null));
		ProductModelPage second = client.productModelsPage(first.nextUrl());

		// then
		assertThat(first.nextUrl()).isEqualTo(akeneo.baseUrl() + cursorQuery);
		assertThat(first.isLast()).isFalse();
		assertThat(first.items()).extracting(AkeneoProductModel::code).containsExactly(modelCode(0), modelCode(1));
		assertThat(second.items()).extracting(AkeneoProductModel::code).containsExactly(modelCode(2));
		assertThat(second.isLast()).isTrue();
		akeneo.verify(1, getRequestedFor(urlEqualTo(cursorQuery)));
	}

	@Test
	void familyVariantsReadsEveryPageWithTheAxesOfEachLevel() {
		// given
		String path = "/api/rest/v1/families/tshirt/variants";
		akeneo.stubFor(get(urlEqualTo(path + "?limit=100")).willReturn(okJson(page(List.of(familyVariantJson(
				"tshirt_colour_size", """
						[{"level":2,"axes":["size"],"attributes":["sku","size","ean"]},
						 {"level":1,"axes":["colour","material"],"attributes":["colour","material","image"]}]""")),
				akeneo.baseUrl() + path + "?page=2&limit=100"))));
		akeneo.stubFor(get(urlEqualTo(path + "?page=2&limit=100")).willReturn(okJson(page(List.of(familyVariantJson(
				"tshirt_size", "[{\"level\":1,\"axes\":[\"size\"],\"attributes\":[\"sku\",\"size\"]}]")), null))));

		// when
		List<FamilyVariant> variants = client.familyVariants("tshirt");

		// then
		assertThat(variants).extracting(FamilyVariant::code, FamilyVariant::family, FamilyVariant::levels)
			.containsExactly(tuple("tshirt_colour_size", "tshirt", 2), tuple("tshirt_size", "tshirt", 1));
		FamilyVariant twoLevels = variants.get(0);
		assertThat(twoLevels.sets()).extracting(VariantAttributeSet::level, VariantAttributeSet::axes)
			.containsExactly(tuple(1, List.of("colour", "material")), tuple(2, List.of("size")));
		assertThat(twoLevels.allAxes()).containsExactly("colour", "material", "size");
		assertThat(twoLevels.level(2)).map(VariantAttributeSet::attributes).hasValue(List.of("sku", "size", "ean"));
		assertThat(twoLevels.labels()).containsExactly(Map.entry("en_GB", "tshirt_colour_size label"));
		assertThat(variants.get(1).allAxes()).containsExactly("size");
		assertThat(variants.get(1).level(2)).isEmpty();
	}

	@Test
	void familyVariantsOfSeveralFamiliesAreKeyedByVariantCode() {
		// given
		akeneo.stubFor(get(urlEqualTo("/api/rest/v1/families/tshirt/variants?limit=100")).willReturn(okJson(page(
				List.of(familyVariantJson("tshirt_size", "[{\"level\":1,\"axes\":[\"size\"],\"attributes\":[]}]")),
				null))));
		akeneo.stubFor(get(urlEqualTo("/api/rest/v1/families/shoe/variants?limit=100")).willReturn(okJson(page(
				List.of(familyVariantJson("shoe_size", "[{\"level\":1,\"axes\":[\"eu_size\"],\"attributes\":[]}]")),
				null))));
		akeneo.stubFor(get(urlEqualTo("/api/rest/v1/families/mug/variants?limit=100"))
			.willReturn(okJson(page(List.of(), null))));

		// when
		Map<String, FamilyVariant> variants = client.familyVariants(List.of("tshirt", "shoe", "mug", "tshirt"));

		// then
		assertThat(variants).containsOnlyKeys("tshirt_size", "shoe_size");
		assertThat(variants.get("shoe_size").family()).isEqualTo("shoe");
		akeneo.verify(1, getRequestedFor(urlPathEqualTo("/api/rest/v1/families/tshirt/variants"))
			.withQueryParam("limit", equalTo("100")));
	}

}
