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

import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.akeneokhaos.akeneo.ModelFixtures.modelCode;
import static com.akeneokhaos.akeneo.ModelFixtures.models;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AkeneoProductModelReaderTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String FIRST = "/api/rest/v1/product-models?pagination_type=search_after&limit=100";

	private static final String SECOND = FIRST + "&search_after=c2Vjb25k";

	private static final String THIRD = FIRST + "&search_after=dGhpcmQ%3D";

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		akeneo.stubFor(get(urlEqualTo(FIRST)).willReturn(okJson(models(0, 100, akeneo.baseUrl() + SECOND))));
		akeneo.stubFor(get(urlEqualTo(SECOND)).willReturn(okJson(models(100, 200, akeneo.baseUrl() + THIRD))));
		akeneo.stubFor(get(urlEqualTo(THIRD)).willReturn(okJson(models(200, 230, null))));
		client = AkeneoFixtures.client(akeneo);
	}

	@Test
	void readsEveryModelOfEveryPageInOrder() {
		// when
		List<String> read = readAll(reader(), new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(codes(0, 230));
	}

	@Test
	void aRestartMidPageContinuesRightAfterTheLastCommittedModel() {
		// given
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = readAll(reader(), context, 137);

		// when
		List<String> secondRun = readAll(reader(), context, Integer.MAX_VALUE);

		// then
		assertThat(firstRun).containsExactlyElementsOf(codes(0, 137));
		assertThat(secondRun).containsExactlyElementsOf(codes(137, 230));
		akeneo.verify(1, getRequestedFor(urlEqualTo(FIRST)));
		akeneo.verify(2, getRequestedFor(urlEqualTo(SECOND)));
		akeneo.verify(1, getRequestedFor(urlEqualTo(THIRD)));
	}

	@Test
	void aRestartRealignsOnTheLastCommittedCodeWhenItsPageChanged() {
		// given
		ExecutionContext context = new ExecutionContext();
		readAll(reader(), context, 150);
		List<String> changedPage = new ArrayList<>(IntStream.range(100, 200).mapToObj(ModelFixtures::modelJson).toList());
		changedPage.remove(0);
		changedPage.remove(0);
		akeneo.stubFor(get(urlEqualTo(SECOND))
			.willReturn(okJson(AkeneoFixtures.page(changedPage, akeneo.baseUrl() + THIRD))));

		// when
		List<String> secondRun = readAll(reader(), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).containsExactlyElementsOf(codes(150, 230));
	}

	@Test
	void aRestartAfterTheLastModelReadsNothing() {
		// given
		ExecutionContext context = new ExecutionContext();
		readAll(reader(), context, Integer.MAX_VALUE);
		akeneo.resetRequests();

		// when
		List<String> secondRun = readAll(reader(), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).isEmpty();
		akeneo.verify(0, getRequestedFor(urlPathEqualTo("/api/rest/v1/product-models")));
	}

	@Test
	void keepsItsStateUnderItsOwnNameWithTheLastModelCode() {
		// given
		ExecutionContext context = new ExecutionContext();

		// when
		readAll(reader(), context, 150);

		// then
		assertThat(context.getString("models.page.url")).isEqualTo(akeneo.baseUrl() + SECOND);
		assertThat(context.getInt("models.page.index")).isEqualTo(50);
		assertThat(context.getString("models.next.url")).isEqualTo(akeneo.baseUrl() + THIRD);
		assertThat(context.getString("models.last.code")).isEqualTo(modelCode(149));
		assertThat(context.containsKey("models.last.uuid")).isFalse();
	}

	@Test
	void withoutSaveStateItNeitherSavesNorResumes() {
		// given
		ExecutionContext context = new ExecutionContext();
		AkeneoProductModelReader reader = AkeneoProductModelReader.builder().client(client).name("models")
			.saveState(false).build();
		readAll(reader, context, 50);

		// when
		List<String> secondRun = readAll(reader, context, 10);

		// then
		assertThat(context.isEmpty()).isTrue();
		assertThat(secondRun).containsExactlyElementsOf(codes(0, 10));
	}

	@Test
	void passesTheSearchFilterToAkeneo() {
		// given
		String search = "{\"updated\":[{\"operator\":\">\",\"value\":\"2024-01-31 10:00:00\"}]}";
		akeneo.stubFor(get(urlPathEqualTo("/api/rest/v1/product-models")).withQueryParam("search", equalTo(search))
			.willReturn(okJson(models(0, 3, null))));
		AkeneoProductModelReader reader = AkeneoProductModelReader.builder().client(client).name("delta")
			.search(search).build();

		// when
		List<String> read = readAll(reader, new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(codes(0, 3));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidBuilders")
	void theBuilderRefusesIncompleteSettings(String problem, Consumer<AkeneoProductModelReaderBuilder> setUp,
			String message) {
		// given
		AkeneoProductModelReaderBuilder builder = AkeneoProductModelReader.builder();
		setUp.accept(builder);

		// when / then
		assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining(message);
	}

	static Stream<Arguments> invalidBuilders() {
		AkeneoClient anyClient = AkeneoFixtures.client(AkeneoProperties.of("http://localhost:1", "c", "s", "u", "p"),
				new AkeneoFixtures.RecordingSleeper(), new AkeneoFixtures.MutableClock());
		return Stream.of(
				Arguments.of("no client", (Consumer<AkeneoProductModelReaderBuilder>) b -> b.name("models"),
						"AkeneoClient is required"),
				Arguments.of("no name", (Consumer<AkeneoProductModelReaderBuilder>) b -> b.client(anyClient),
						"name is required"),
				Arguments.of("blank name",
						(Consumer<AkeneoProductModelReaderBuilder>) b -> b.client(anyClient).name(" "),
						"name is required"),
				Arguments.of("search not JSON",
						(Consumer<AkeneoProductModelReaderBuilder>) b -> b.client(anyClient).name("m").search("x>1"),
						"must be a JSON object"),
				Arguments.of("search not an object",
						(Consumer<AkeneoProductModelReaderBuilder>) b -> b.client(anyClient).name("m").search("[1]"),
						"must be a JSON object"));
	}

	private AkeneoProductModelReader reader() {
		return AkeneoProductModelReader.builder().client(client).name("models").build();
	}

	/** Opens the reader on the context, reads up to {@code max} models, saves the position and closes it. */
	private static List<String> readAll(AkeneoProductModelReader reader, ExecutionContext context, int max) {
		reader.open(context);
		List<String> read = new ArrayList<>();
		AkeneoProductModel model;
		while (read.size() < max && (model = reader.read()) != null) {
			read.add(model.code());
		}
		reader.update(context);
		reader.close();
		return read;
	}

	private static List<String> codes(int fromInclusive, int toExclusive) {
		return IntStream.range(fromInclusive, toExclusive).mapToObj(ModelFixtures::modelCode).toList();
	}

}
