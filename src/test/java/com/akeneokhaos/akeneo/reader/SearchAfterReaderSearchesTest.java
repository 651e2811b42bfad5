package com.akeneokhaos.akeneo.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoFixtures;

import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A {@link SearchAfterReader} given several searches, as a delta job gives them, tried on each kind (see
 * {@link SearchAfterReaderKind}) against Akeneo on WireMock: it hands out the union of the searches in their
 * order, skipping what an earlier search handed out in the same session; an empty list reads nothing; the
 * execution context keeps the index of the search being read, so a restart continues in that search without
 * reading the earlier ones, and reads nothing after the last; a context saved before readers had several searches
 * (without that index) loads as search 0, and one saved in a search the reader does not have is refused; and the
 * builder refuses a search next to a list and a listed search that is not a JSON object.
 * <p>
 * Three searches, {@link #UPDATED}, {@link #CATEGORIES} and {@link #UUIDS}, list the fixture items 100-250 (pages
 * of 100 and 50), 0-100 and 250-260 when they are disjoint. When they overlap, {@link #CATEGORIES} has a second
 * page, 100-180, that {@link #UPDATED} handed out already, and {@link #UUIDS} lists 240-260, half of them handed
 * out by {@link #UPDATED}. Either way their union is 100-250, 0-100, 250-260.
 */
class SearchAfterReaderSearchesTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String FIRST = "?pagination_type=search_after&limit=100";

	private static final String UPDATED = "{\"updated\":[{\"operator\":\">\",\"value\":\"2026-11-30 01:00:00\"}]}";

	private static final String CATEGORIES = "{\"categories\":[{\"operator\":\"IN\",\"value\":[\"shoes\",\"boots\"]}]}";

	private static final String UUIDS = "{\"uuid\":[{\"operator\":\"IN\",\"value\":[\"u-1\",\"u-2\"]}]}";

	private static final List<String> SEARCHES = List.of(UPDATED, CATEGORIES, UUIDS);

	private static final int[] UNION = { 100, 250, 0, 100, 250, 260 };

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		client = AkeneoFixtures.client(akeneo);
	}

	static Stream<SearchAfterReaderKind> kinds() {
		return SearchAfterReaderKind.all();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("searchSets")
	void handsOutTheUnionOfTheSearchesInTheirOrderEachItemOnce(SearchAfterReaderKind kind, String searches,
			Consumer<SearchAfterReaderKind> stubSearches) {
		// given
		stubSearches.accept(kind);

		// when
		List<String> read = kind.read(reader(kind, SEARCHES), new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(kind.keysOfRanges(UNION));
	}

	static Stream<Arguments> searchSets() {
		return kinds().flatMap(kind -> Stream.of(
				Arguments.of(kind, "disjoint searches",
						(Consumer<SearchAfterReaderKind>) SearchAfterReaderSearchesTest::stubDisjointSearches),
				Arguments.of(kind, "overlapping searches",
						(Consumer<SearchAfterReaderKind>) SearchAfterReaderSearchesTest::stubOverlappingSearches)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void anEmptyListOfSearchesReadsNothingAndIsFinished(SearchAfterReaderKind kind) {
		// given
		ExecutionContext context = new ExecutionContext();

		// when
		List<String> read = kind.read(reader(kind, List.of()), context, Integer.MAX_VALUE);

		// then
		assertThat(read).isEmpty();
		assertThat(context.containsKey(kind.name() + ".finished")).isTrue();
		akeneo.verify(0, getRequestedFor(urlPathEqualTo(kind.path())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void keepsTheIndexOfTheSearchItReadsWithItsPosition(SearchAfterReaderKind kind) {
		// given
		stubOverlappingSearches(kind);
		ExecutionContext context = new ExecutionContext();

		// when
		kind.read(reader(kind, SEARCHES), context, 180);

		// then
		String name = kind.name();
		assertThat(context.getInt(name + ".search.index")).isEqualTo(1);
		assertThat(context.getString(name + ".page.url")).isEqualTo(pageHref(kind, CATEGORIES, 0));
		assertThat(context.getInt(name + ".page.index")).isEqualTo(30);
		assertThat(context.getString(name + ".next.url")).isEqualTo(pageHref(kind, CATEGORIES, 1));
		assertThat(context.getString(name + "." + kind.lastKeyName())).isEqualTo(kind.key().apply(29));
	}

	@ParameterizedTest(name = "{0}: {1}, {2} committed")
	@MethodSource("restartPointsInSearch2")
	void aRestartInSearch2ContinuesThereWithoutReadingSearch1Again(SearchAfterReaderKind kind, String where,
			int committed, int[] secondRunRanges) {
		// given
		stubOverlappingSearches(kind);
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = kind.read(reader(kind, SEARCHES), context, committed);
		AkeneoFixtures.forgetRequestsOnceLogged(akeneo);

		// when
		List<String> secondRun = kind.read(reader(kind, SEARCHES), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).containsExactlyElementsOf(kind.keysOfRanges(secondRunRanges));
		assertThat(new LinkedHashSet<>(concat(firstRun, secondRun))).containsExactlyElementsOf(
				kind.keysOfRanges(UNION));
		verifyFetched(kind, UPDATED, 0, 0);
		verifyFetched(kind, UPDATED, 1, 0);
		assertThat(context.containsKey(kind.name() + ".finished")).isTrue();
	}

	/**
	 * Where in {@link #CATEGORIES} a first run stops, and what the restart reads: the rest of {@link #CATEGORIES}
	 * and all of {@link #UUIDS}, the items {@link #UPDATED} handed out before the restart included, since a new
	 * session does not know them.
	 */
	static Stream<Arguments> restartPointsInSearch2() {
		return kinds().flatMap(kind -> Stream.of(
				Arguments.of(kind, "at its start", 150, new int[] { 0, 180, 240, 260 }),
				Arguments.of(kind, "mid-page", 180, new int[] { 30, 180, 240, 260 }),
				Arguments.of(kind, "at a page boundary", 250, new int[] { 100, 180, 240, 260 })));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void aRestartAfterTheLastSearchReadsNothing(SearchAfterReaderKind kind) {
		// given
		stubOverlappingSearches(kind);
		ExecutionContext context = new ExecutionContext();
		kind.read(reader(kind, SEARCHES), context, Integer.MAX_VALUE);
		AkeneoFixtures.forgetRequestsOnceLogged(akeneo);

		// when
		List<String> secondRun = kind.read(reader(kind, SEARCHES), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).isEmpty();
		assertThat(context.containsKey(kind.name() + ".finished")).isTrue();
		akeneo.verify(0, getRequestedFor(urlPathEqualTo(kind.path())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void aContextSavedWithoutASearchIndexLoadsAsSearch0(SearchAfterReaderKind kind) {
		// given
		stubOverlappingSearches(kind);
		ExecutionContext context = new ExecutionContext();
		context.putString(kind.name() + ".page.url", pageHref(kind, UPDATED, 1));
		context.putInt(kind.name() + ".page.index", 40);
		context.putString(kind.name() + "." + kind.lastKeyName(), kind.key().apply(239));

		// when
		List<String> read = kind.read(reader(kind, SEARCHES), context, Integer.MAX_VALUE);

		// then: 240-250 of UPDATED, then CATEGORIES, then what UUIDS adds to them
		assertThat(read).containsExactlyElementsOf(kind.keysOfRanges(240, 250, 0, 180, 250, 260));
		verifyFetched(kind, UPDATED, 0, 0);
		verifyFetched(kind, UPDATED, 1, 1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void refusesToOpenOnASavedSearchIndexItHasNoSearchFor(SearchAfterReaderKind kind) {
		// given
		ExecutionContext context = new ExecutionContext();
		context.putInt(kind.name() + ".search.index", 3);
		context.putString(kind.name() + ".page.url", pageHref(kind, UUIDS, 0));
		SearchAfterReader<?> reader = reader(kind, SEARCHES);

		// when / then
		assertThatExceptionOfType(ItemStreamException.class)
			.isThrownBy(() -> reader.open(context))
			.withMessageContaining("is in search 4 but the reader has 3 searches");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("invalidSearches")
	void theBuilderRefusesInvalidSearches(SearchAfterReaderKind kind, String problem, @Nullable String search,
			List<String> searches, String message) {
		// when / then
		assertThatIllegalArgumentException()
			.isThrownBy(() -> kind.searchesFactory().build(client, kind.name(), search, searches))
			.withMessageContaining(message);
	}

	static Stream<Arguments> invalidSearches() {
		return kinds().flatMap(kind -> Stream.of(
				Arguments.of(kind, "a search next to a list", UPDATED, List.of(CATEGORIES),
						"either one search filter (search) or a list of them (searches), not both"),
				Arguments.of(kind, "a listed search not JSON", null, List.of(UPDATED, "updated>x"),
						"must be a JSON object; search 2 of 2 was: updated>x"),
				Arguments.of(kind, "a listed search not an object", null, List.of("[1]"),
						"must be a JSON object; search 1 of 1 was: [1]"),
				Arguments.of(kind, "a null listed search", null, Arrays.asList(UPDATED, null, UUIDS),
						"must be a JSON object; search 2 of 3 was: null")));
	}

	/** The fixture items 100-250, 0-100 and 250-260, one search each. */
	private static void stubDisjointSearches(SearchAfterReaderKind kind) {
		stubSearch(kind, UPDATED, 100, 200, 250);
		stubSearch(kind, CATEGORIES, 0, 100);
		stubSearch(kind, UUIDS, 250, 260);
	}

	/** The fixture items 100-250, 0-180 (100-180 again) and 240-260 (240-250 again), one search each. */
	private static void stubOverlappingSearches(SearchAfterReaderKind kind) {
		stubSearch(kind, UPDATED, 100, 200, 250);
		stubSearch(kind, CATEGORIES, 0, 100, 180);
		stubSearch(kind, UUIDS, 240, 260);
	}

	/** Serves a search as linked pages of the fixture items between consecutive bounds. */
	private static void stubSearch(SearchAfterReaderKind kind, String search, int... bounds) {
		int pages = bounds.length - 1;
		for (int page = 0; page < pages; page++) {
			String next = (page + 1 < pages) ? pageHref(kind, search, page + 1) : null;
			akeneo.stubFor(get(urlEqualTo(kind.path() + pageQuery(search, page)))
				.willReturn(okJson(kind.page(bounds[page], bounds[page + 1], next))));
		}
	}

	/** The query of a search's page: the first as the client builds it, the others as the fake links them. */
	private static String pageQuery(String search, int page) {
		String first = FIRST + "&search=" + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20");
		return (page == 0) ? first : first + "&search_after=page" + page;
	}

	/** The absolute URL of a search's page, as Akeneo links it. */
	private static String pageHref(SearchAfterReaderKind kind, String search, int page) {
		return akeneo.baseUrl() + kind.path() + pageQuery(search, page);
	}

	private static void verifyFetched(SearchAfterReaderKind kind, String search, int page, int times) {
		akeneo.verify(times, getRequestedFor(urlEqualTo(kind.path() + pageQuery(search, page))));
	}

	private SearchAfterReader<?> reader(SearchAfterReaderKind kind, List<String> searches) {
		return kind.searchesFactory().build(client, kind.name(), null, searches);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
