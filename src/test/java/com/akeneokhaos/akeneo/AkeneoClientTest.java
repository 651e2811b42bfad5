package com.akeneokhaos.akeneo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.akeneokhaos.akeneo.AkeneoFixtures.akeneoError;
import static com.akeneokhaos.akeneo.AkeneoFixtures.page;
import static com.akeneokhaos.akeneo.AkeneoFixtures.products;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.akeneokhaos.akeneo.AkeneoFixtures.uuid;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

class AkeneoClientTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		client = AkeneoFixtures.client(akeneo);
	}

	@Test
	void firstPageUrlAsksForSearchAfterPagesOfThePageSize() {
		// when
		String url = client.productsFirstPageUrl(null);

		// then
		assertThat(url).isEqualTo(akeneo.baseUrl() + "/api/rest/v1/products-uuid?pagination_type=search_after&limit=100");
	}

	@Test
	void firstPageUrlCarriesTheSearchFilterUrlEncoded() {
		// given
		String search = "{\"updated\":[{\"operator\":\">\",\"value\":\"2024-01-31 10:00:00\"}]}";

		// when
		String url = client.productsFirstPageUrl(search);

		// then
		String query = url.substring(url.indexOf('?') + 1);
		assertThat(query).startsWith("pagination_type=search_after&limit=100&search=").doesNotContain(" ", "{", "+");
		assertThat(URLDecoder.decode(query.substring(query.indexOf("search=") + 7), StandardCharsets.UTF_8))
			.isEqualTo(search);
	}

	@Test
	void productPagesFollowTheNextLinkExactlyAsGiven() {
		// given
		String cursorQuery = "/api/rest/v1/products-uuid?pagination_type=search_after&limit=100"
				+ "&search_after=%2Fb3BhcXVl%3D%3D%7Cx";
		akeneo.stubFor(get(urlEqualTo("/api/rest/v1/products-uuid?pagination_type=search_after&limit=100"))
			.willReturn(okJson(products(0, 2, akeneo.baseUrl() + cursorQuery))));
		akeneo.stubFor(get(urlEqualTo(cursorQuery)).willReturn(okJson(products(2, 3, null))));

		// when
		ProductPage first = client.productsPage(client.productsFirstPageUrl(null));
		ProductPage second = client.productsPage(first.nextUrl());

		// then
		assertThat(first.nextUrl()).isEqualTo(akeneo.baseUrl() + cursorQuery);
		assertThat(first.items()).extracting(AkeneoProduct::uuid).containsExactly(uuid(0), uuid(1));
		assertThat(second.items()).extracting(AkeneoProduct::uuid).containsExactly(uuid(2));
		assertThat(second.isLast()).isTrue();
	}

	@Test
	void readsAProductWithItsValuesPerLocaleAndScope() {
		// given
		akeneo.stubFor(get(urlPathEqualTo("/api/rest/v1/products-uuid/" + uuid(7))).willReturn(okJson("""
				{"uuid":"%s","enabled":false,"family":"tshirt","parent":"tshirt-model","categories":["men","sale"],
				 "values":{
				  "sku":[{"locale":null,"scope":null,"data":"TS-001"}],
				  "name":[{"locale":"en_GB","scope":null,"data":"T-shirt"},{"locale":"fr_FR","scope":null,"data":"Tee"}],
				  "price":[{"locale":null,"scope":"web","data":[{"amount":"12.50","currency":"GBP"}]}],
				  "weight":[{"locale":null,"scope":null,"data":null}]},
				 "updated":"2024-05-01T08:00:00+00:00"}""".formatted(uuid(7)))));

		// when
		AkeneoProduct product = client.product(uuid(7)).orElseThrow();

		// then
		assertThat(product.enabled()).isFalse();
		assertThat(product.isVariant()).isTrue();
		assertThat(product.categories()).containsExactly("men", "sale");
		assertThat(product.valuesOf("name")).extracting(AkeneoValue::locale, v -> v.data().asString())
			.containsExactly(tuple("en_GB", "T-shirt"),
					tuple("fr_FR", "Tee"));
		assertThat(product.valuesOf("price").get(0).scope()).isEqualTo("web");
		assertThat(product.valuesOf("price").get(0).data().get(0).get("amount").asString()).isEqualTo("12.50");
		assertThat(product.valuesOf("weight").get(0).data().isNull()).isTrue();
		assertThat(product.updated()).isEqualTo("2024-05-01T08:00:00+00:00");
	}

	@Test
	void anUnknownProductIsEmpty() {
		// given
		akeneo.stubFor(get(urlPathMatching("/api/rest/v1/products-uuid/.*"))
			.willReturn(akeneoError(404, "Resource does not exist.")));

		// when / then
		assertThat(client.product(uuid(9))).isEmpty();
	}

	@Test
	void referenceDataLoadsEveryPageOfEveryEndpoint() {
		// given
		stubReferenceEndpoints();

		// when
		ReferenceData data = client.referenceData();

		// then
		assertThat(data.attributes()).containsOnlyKeys("sku", "colour", "sizes", "name");
		assertThat(data.identifierAttribute()).map(Attribute::code).hasValue("sku");
		assertThat(data.options()).containsOnlyKeys("colour", "sizes");
		assertThat(data.option("colour", "blue")).map(o -> o.labels().get("en_GB")).hasValue("Blue");
		assertThat(data.categoryPath("shirts")).extracting(Category::code).containsExactly("master", "men", "shirts");
		assertThat(data.channels().get("web").categoryTree()).isEqualTo("master");
		assertThat(data.locales()).containsExactly("en_GB");
		assertThat(data.families().get("tshirt").attributeAsLabel()).isEqualTo("name");
		akeneo.verify(0, getRequestedFor(urlPathEqualTo("/api/rest/v1/attributes/name/options")));
	}

	@Test
	void anEndpointAkeneoRefusesFailsTheReferenceDataWithItsOwnError() {
		// given: the endpoints are read at once; one of them answers 403
		stubReferenceEndpoints();
		akeneo.stubFor(get(urlEqualTo("/api/rest/v1/categories?limit=100"))
			.willReturn(akeneoError(403, "Access forbidden. You are not allowed to list categories.")));

		// when
		Throwable failure = catchThrowable(client::referenceData);

		// then
		assertThat(failure).isInstanceOfSatisfying(AkeneoApiException.class,
				refused -> assertThat(refused.status()).isEqualTo(403));
	}

	private static void stubReferenceEndpoints() {
		stubPages("/api/rest/v1/attributes", List.of(
				attribute("sku", "pim_catalog_identifier"), attribute("colour", "pim_catalog_simpleselect")),
				List.of(attribute("sizes", "pim_catalog_multiselect"), attribute("name", "pim_catalog_text")));
		stubPages("/api/rest/v1/attributes/colour/options", List.of(option("red", "Red")),
				List.of(option("blue", "Blue")));
		stubPages("/api/rest/v1/attributes/sizes/options", List.of(option("s", "Small")));
		stubPages("/api/rest/v1/categories", List.of(category("master", null)),
				List.of(category("men", "master")), List.of(category("shirts", "men")));
		stubPages("/api/rest/v1/channels", List.of("""
				{"code":"web","locales":["en_GB"],"currencies":["GBP"],"category_tree":"master"}"""));
		stubPages("/api/rest/v1/locales", List.of("{\"code\":\"en_GB\",\"enabled\":true}",
				"{\"code\":\"fr_FR\",\"enabled\":false}"));
		stubPages("/api/rest/v1/families", List.of("""
				{"code":"tshirt","attributes":["sku","name","colour"],"attribute_as_label":"name"}"""));
	}

	/** Stubs a page-paginated list whose pages link to each other with absolute next URLs. */
	@SafeVarargs
	private static void stubPages(String path, List<String>... pages) {
		for (int i = 0; i < pages.length; i++) {
			String url = (i == 0) ? path + "?limit=100" : path + "?page=" + (i + 1) + "&limit=100";
			String next = (i + 1 < pages.length) ? akeneo.baseUrl() + path + "?page=" + (i + 2) + "&limit=100" : null;
			akeneo.stubFor(get(urlEqualTo(url)).willReturn(okJson(page(pages[i], next))));
		}
	}

	private static String attribute(String code, String type) {
		return """
				{"code":"%s","type":"%s","localizable":false,"scopable":false,"metric_family":null,
				 "default_metric_unit":null,"labels":{"en_GB":"%1$s"}}""".formatted(code, type);
	}

	private static String option(String code, String label) {
		return "{\"code\":\"%s\",\"labels\":{\"en_GB\":\"%s\",\"fr_FR\":null}}".formatted(code, label);
	}

	private static String category(String code, String parent) {
		String parentJson = (parent == null) ? "null" : "\"" + parent + "\"";
		return "{\"code\":\"%s\",\"parent\":%s,\"labels\":{},\"updated\":\"2024-01-01T00:00:00+00:00\"}"
			.formatted(code, parentJson);
	}

}
