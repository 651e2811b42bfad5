package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.akeneokhaos.akeneo.AkeneoFixtures.products;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.akeneokhaos.akeneo.AkeneoFixtures.uuid;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AkeneoProductReaderTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String FIRST = "/api/rest/v1/products-uuid?pagination_type=search_after&limit=100";

	private static final String SECOND = FIRST + "&search_after=c2Vjb25k";

	private static final String THIRD = FIRST + "&search_after=dGhpcmQ%3D";

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		akeneo.stubFor(get(urlEqualTo(FIRST)).willReturn(okJson(products(0, 100, akeneo.baseUrl() + SECOND))));
		akeneo.stubFor(get(urlEqualTo(SECOND)).willReturn(okJson(products(100, 200, akeneo.baseUrl() + THIRD))));
		akeneo.stubFor(get(urlEqualTo(THIRD)).willReturn(okJson(products(200, 250, null))));
		client = AkeneoFixtures.client(akeneo);
	}

	@Test
	void readsEveryProductOfEveryPageInOrder() {
		// when
		List<String> read = readAll(reader(), new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(uuids(0, 250));
	}

	@Test
	void aRestartContinuesRightAfterTheLastCommittedItem() {
		// given
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = readAll(reader(), context, 150);

		// when
		List<String> secondRun = readAll(reader(), context, Integer.MAX_VALUE);

		// then
		assertThat(firstRun).containsExactlyElementsOf(uuids(0, 150));
		assertThat(secondRun).containsExactlyElementsOf(uuids(150, 250));
		akeneo.verify(1, getRequestedFor(urlEqualTo(FIRST)));
		akeneo.verify(2, getRequestedFor(urlEqualTo(SECOND)));
	}

	@Test
	void aRestartAtAPageBoundaryStartsOnTheNextPageWithoutRefetching() {
		// given
		ExecutionContext context = new ExecutionContext();
		readAll(reader(), context, 100);

		// when
		List<String> secondRun = readAll(reader(), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).containsExactlyElementsOf(uuids(100, 250));
		akeneo.verify(1, getRequestedFor(urlEqualTo(FIRST)));
	}

	@Test
	void aRestartAfterTheLastItemReadsNothing() {
		// given
		ExecutionContext context = new ExecutionContext();
		readAll(reader(), context, Integer.MAX_VALUE);
		akeneo.resetRequests();

		// when
		List<String> secondRun = readAll(reader(), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).isEmpty();
		akeneo.verify(0, getRequestedFor(urlPathEqualTo("/api/rest/v1/products-uuid")));
	}

	@Test
	void aRestartRealignsOnTheLastCommittedUuidWhenItsPageChanged() {
		// given
		ExecutionContext context = new ExecutionContext();
		readAll(reader(), context, 150);
		List<String> changedPage = new ArrayList<>(IntStream.range(100, 200).mapToObj(AkeneoFixtures::productJson).toList());
		changedPage.add(10, AkeneoFixtures.productJson(999));
		akeneo.stubFor(get(urlEqualTo(SECOND)).willReturn(okJson(AkeneoFixtures.page(changedPage, akeneo.baseUrl() + THIRD))));

		// when
		List<String> secondRun = readAll(reader(), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).containsExactlyElementsOf(uuids(150, 250));
	}

	@Test
	void passesTheSearchFilterToAkeneo() {
		// given
		String search = "{\"updated\":[{\"operator\":\">\",\"value\":\"2024-01-31 10:00:00\"}]}";
		akeneo.stubFor(get(urlPathEqualTo("/api/rest/v1/products-uuid")).withQueryParam("search", equalTo(search))
			.willReturn(okJson(products(0, 3, null))));
		AkeneoProductReader reader = AkeneoProductReader.builder().client(client).name("delta").search(search).build();

		// when
		List<String> read = readAll(reader, new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(uuids(0, 3));
	}

	@Test
	void keepsItsStateUnderItsOwnName() {
		// given
		ExecutionContext context = new ExecutionContext();

		// when
		readAll(reader(), context, 150);

		// then
		assertThat(context.getString("products.page.url")).isEqualTo(akeneo.baseUrl() + SECOND);
		assertThat(context.getInt("products.page.index")).isEqualTo(50);
		assertThat(context.getString("products.next.url")).isEqualTo(akeneo.baseUrl() + THIRD);
		assertThat(context.getString("products.last.uuid")).isEqualTo(uuid(149));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidBuilders")
	void theBuilderRefusesIncompleteSettings(String problem, Consumer<AkeneoProductReaderBuilder> setUp,
			String message) {
		// given
		AkeneoProductReaderBuilder builder = AkeneoProductReader.builder();
		setUp.accept(builder);

		// when / then
		assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining(message);
	}

	static Stream<Arguments> invalidBuilders() {
		AkeneoClient anyClient = AkeneoFixtures.client(AkeneoProperties.of("http://localhost:1", "c", "s", "u", "p"),
				new AkeneoFixtures.RecordingSleeper(), new AkeneoFixtures.MutableClock());
		return Stream.of(
				Arguments.of("no client", (Consumer<AkeneoProductReaderBuilder>) b -> b.name("products"),
						"AkeneoClient is required"),
				Arguments.of("no name", (Consumer<AkeneoProductReaderBuilder>) b -> b.client(anyClient),
						"name is required"),
				Arguments.of("blank name", (Consumer<AkeneoProductReaderBuilder>) b -> b.client(anyClient).name(" "),
						"name is required"),
				Arguments.of("search not JSON",
						(Consumer<AkeneoProductReaderBuilder>) b -> b.client(anyClient).name("p").search("updated>x"),
						"must be a JSON object"),
				Arguments.of("search not an object",
						(Consumer<AkeneoProductReaderBuilder>) b -> b.client(anyClient).name("p").search("[1]"),
						"must be a JSON object"));
	}

	private AkeneoProductReader reader() {
		return AkeneoProductReader.builder().client(client).name("products").build();
	}

	/** Opens the reader on the context, reads up to {@code max} items, saves the position and closes it. */
	private static List<String> readAll(AkeneoProductReader reader, ExecutionContext context, int max) {
		reader.open(context);
		List<String> read = new ArrayList<>();
		AkeneoProduct product;
		while (read.size() < max && (product = reader.read()) != null) {
			read.add(product.uuid());
		}
		reader.update(context);
		reader.close();
		return read;
	}

	private static List<String> uuids(int fromInclusive, int toExclusive) {
		return IntStream.range(fromInclusive, toExclusive).mapToObj(AkeneoFixtures::uuid).toList();
	}

}
