package com.akeneokhaos.akeneo.reader;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoFixtures;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.akeneo.AkeneoApiException;

import static com.akeneokhaos.akeneo.AkeneoFixtures.akeneoError;
import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a reader reads pages ahead ({@link PagesAhead}), against Akeneo on WireMock serving 8 pages of 10 products:
 * while the step holds on to a page, the reader asks for {@code akeneo.pages-ahead} more and no further; read
 * through, every page is asked for once and the products come in order; a page Akeneo refuses fails the read when
 * the step needs that page, not before; a closed reader asks for nothing more.
 */
class PagesAheadTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String PATH = "/api/rest/v1/products-uuid";

	private static final int PAGES = 8;

	private static final int PAGE_SIZE = 10;

	@BeforeEach
	void akeneoServesEightPages() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		for (int page = 1; page <= PAGES; page++) {
			String next = (page < PAGES) ? akeneo.baseUrl() + PATH + query(page + 1) : null;
			akeneo.stubFor(get(urlEqualTo(PATH + query(page)))
				.willReturn(okJson(AkeneoFixtures.products((page - 1) * PAGE_SIZE, page * PAGE_SIZE, next))));
		}
	}

	@ParameterizedTest(name = "{0} pages ahead")
	@ValueSource(ints = { 1, 3 })
	void whileTheStepHoldsAPageTheReaderAsksForThatManyMoreAndNoFurther(int pagesAhead) throws Exception {
		// given
		AkeneoProductReader reader = reader(pagesAhead);
		reader.open(new ExecutionContext());

		// when
		String first = reader.read().uuid();
		Thread.sleep(500); // time for the reader to ask for more than it may

		// then
		assertThat(first).isEqualTo(AkeneoFixtures.uuid(0));
		assertThat(pagesAskedFor()).isEqualTo(1 + pagesAhead);
		List<String> rest = readToTheEnd(reader);
		assertThat(rest).containsExactlyElementsOf(IntStream.range(1, PAGES * PAGE_SIZE).mapToObj(AkeneoFixtures::uuid)
			.toList());
		for (int page = 1; page <= PAGES; page++) {
			akeneo.verify(1, getRequestedFor(urlEqualTo(PATH + query(page))));
		}
		reader.close();
	}

	@Test
	void aPageAkeneoRefusesFailsTheReadWhenTheStepNeedsIt() {
		// given
		akeneo.stubFor(get(urlEqualTo(PATH + query(3))).willReturn(akeneoError(422, "Page 3 is broken")));
		AkeneoProductReader reader = reader(4);
		reader.open(new ExecutionContext());

		// when
		List<String> beforeIt = IntStream.range(0, 2 * PAGE_SIZE).mapToObj(i -> reader.read().uuid()).toList();

		// then
		assertThat(beforeIt).hasSize(2 * PAGE_SIZE);
		assertThatThrownBy(reader::read).isInstanceOf(AkeneoApiException.class).hasMessageContaining("422");
		akeneo.verify(0, getRequestedFor(urlEqualTo(PATH + query(4))));
		reader.close();
	}

	@Test
	void aClosedReaderAsksForNothingMore() throws Exception {
		// given
		AkeneoProductReader reader = reader(3);
		reader.open(new ExecutionContext());
		reader.read();

		// when: a request under way when it closed may still reach Akeneo a moment later
		reader.close();
		int askedWhenClosed = SettledCount.of(PagesAheadTest::pagesAskedFor);
		Thread.sleep(500);

		// then
		assertThat(pagesAskedFor()).isEqualTo(askedWhenClosed).isLessThanOrEqualTo(4);
	}

	private static AkeneoProductReader reader(int pagesAhead) {
		AkeneoProperties properties = AkeneoFixtures.properties(akeneo.baseUrl(), PAGE_SIZE, 4, pagesAhead,
				new AkeneoProperties.Retry(0, Duration.ofMillis(10), Duration.ofSeconds(1), 2.0, Duration.ZERO));
		AkeneoClient client = AkeneoFixtures.client(properties, new AkeneoFixtures.RecordingSleeper(),
				AkeneoFixtures.clock());
		return AkeneoProductReader.builder().client(client).name("products").build();
	}

	private static List<String> readToTheEnd(AkeneoProductReader reader) {
		return IntStream.iterate(0, i -> i + 1)
			.mapToObj(i -> reader.read())
			.takeWhile(product -> product != null)
			.map(product -> product.uuid())
			.toList();
	}

	private static int pagesAskedFor() {
		return akeneo.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
	}

	private static String query(int page) {
		String after = (page == 1) ? "" : "&search_after=p" + page;
		return "?pagination_type=search_after&limit=" + PAGE_SIZE + after;
	}

}
