package com.akeneokhaos.akeneo.reader;

import java.util.ArrayList;
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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoFixtures;
import com.akeneokhaos.akeneo.AkeneoProperties;

import static com.akeneokhaos.akeneo.AkeneoFixtures.stubPasswordGrant;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The behaviour every {@link SearchAfterReader} shares, tried on each of them ({@link AkeneoProductReader},
 * {@link AkeneoProductModelReader}, see {@link SearchAfterReaderKind}) against Akeneo on WireMock serving
 * pages of 100, 100 and 50 items: reading every item of every page in order; restarting right after the
 * last committed item mid-page, at a page boundary (without re-fetching) and after the last item (reading
 * nothing); re-aligning on the last committed key when items were added or removed before it on its page;
 * the execution context keys it keeps under its own name (the index of its one search among them); reading
 * without saved state; passing the search filter to Akeneo; and the builder's refusal of incomplete settings.
 * And, since Akeneo links a next page after every full page, lists of 200 items ending with an empty page: read
 * through, and restarted from a saved position on that empty page. Several searches: see
 * {@link SearchAfterReaderSearchesTest}.
 */
class SearchAfterReaderTest {

	@RegisterExtension
	static WireMockExtension akeneo = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String FIRST = "?pagination_type=search_after&limit=100";

	private static final String SECOND = FIRST + "&search_after=c2Vjb25k";

	private static final String THIRD = FIRST + "&search_after=dGhpcmQ%3D";

	private static final int ALL = 250;

	private AkeneoClient client;

	@BeforeEach
	void setUp() {
		stubPasswordGrant(akeneo, "access-1", "refresh-1");
		client = AkeneoFixtures.client(akeneo);
	}

	static Stream<SearchAfterReaderKind> kinds() {
		return SearchAfterReaderKind.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void readsEveryItemOfEveryPageInOrder(SearchAfterReaderKind kind) {
		// given
		stubThreePages(kind);

		// when
		List<String> read = kind.read(reader(kind), new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(kind.keys(0, ALL));
	}

	@ParameterizedTest(name = "{0}: {1}, {2} committed")
	@MethodSource("restartPoints")
	void aRestartContinuesRightAfterTheLastCommittedItemRefetchingOnlyAPartlyReadPage(SearchAfterReaderKind kind,
			String where, int committed) {
		// given
		stubThreePages(kind);
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = kind.read(reader(kind), context, committed);
		AkeneoFixtures.forgetRequestsOnceLogged(akeneo); // the first run may have read its next page ahead

		// when
		List<String> secondRun = kind.read(reader(kind), context, Integer.MAX_VALUE);

		// then
		assertThat(firstRun).containsExactlyElementsOf(kind.keys(0, committed));
		assertThat(secondRun).containsExactlyElementsOf(kind.keys(committed, ALL));
		verifyFetched(kind, FIRST, 0);
		verifyFetched(kind, SECOND, 1);
		verifyFetched(kind, THIRD, 1);
	}

	/**
	 * Where a first run stops, and how often the second page is fetched in all: twice when the first run
	 * stopped in it, once when it stopped at the boundary before it (the restart starts on it without
	 * re-fetching the first page).
	 */
	static Stream<Arguments> restartPoints() {
		return kinds().flatMap(kind -> Stream.of(
				Arguments.of(kind, "at a page boundary", 100),
				Arguments.of(kind, "mid-page", 137),
				Arguments.of(kind, "mid-page", 150)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void aRestartAfterTheLastItemReadsNothing(SearchAfterReaderKind kind) {
		// given
		stubThreePages(kind);
		ExecutionContext context = new ExecutionContext();
		kind.read(reader(kind), context, Integer.MAX_VALUE);
		AkeneoFixtures.forgetRequestsOnceLogged(akeneo);

		// when
		List<String> secondRun = kind.read(reader(kind), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).isEmpty();
		akeneo.verify(0, getRequestedFor(urlPathEqualTo(kind.path())));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("pageChanges")
	void aRestartRealignsOnTheLastCommittedKeyWhenItsPageChanged(SearchAfterReaderKind kind, String change,
			Consumer<List<String>> changeItems) {
		// given
		stubThreePages(kind);
		ExecutionContext context = new ExecutionContext();
		kind.read(reader(kind), context, 150);
		List<String> changedPage = new ArrayList<>(kind.items(100, 200));
		changeItems.accept(changedPage);
		stubPage(kind, SECOND, AkeneoFixtures.page(changedPage, href(kind, THIRD)));

		// when
		List<String> secondRun = kind.read(reader(kind), context, Integer.MAX_VALUE);

		// then
		assertThat(secondRun).containsExactlyElementsOf(kind.keys(150, ALL));
	}

	/** Changes to the second page, each before the last committed item (the 150th, at index 49 of that page). */
	static Stream<Arguments> pageChanges() {
		return kinds().flatMap(kind -> Stream.of(
				Arguments.of(kind, "an item added before it",
						(Consumer<List<String>>) items -> items.add(10, kind.json().apply(999))),
				Arguments.of(kind, "two items removed before it", (Consumer<List<String>>) items -> {
					items.remove(0);
					items.remove(0);
				})));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void readsEveryItemOfAListEndingWithTheEmptyPageAfterAFullOne(SearchAfterReaderKind kind) {
		// given
		stubTwoFullPagesThenAnEmptyOne(kind);

		// when
		List<String> read = kind.read(reader(kind), new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(kind.keys(0, 200));
		verifyFetched(kind, THIRD, 1);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("emptyLastPageAtRestart")
	void aRestartSavedOnTheEmptyLastPageFetchesOnlyThatPageAndReadsWhatItHoldsThen(SearchAfterReaderKind kind,
			String then, int addedSince) {
		// given
		stubTwoFullPagesThenAnEmptyOne(kind);
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = kind.read(reader(kind), context, 200);
		String savedPage = context.getString(kind.name() + ".page.url");
		stubPage(kind, THIRD, kind.page(200, 200 + addedSince, null));
		AkeneoFixtures.forgetRequestsOnceLogged(akeneo); // the first run may have read the third page ahead

		// when
		List<String> secondRun = kind.read(reader(kind), context, Integer.MAX_VALUE);

		// then
		assertThat(firstRun).containsExactlyElementsOf(kind.keys(0, 200));
		assertThat(savedPage).isEqualTo(href(kind, THIRD));
		assertThat(secondRun).containsExactlyElementsOf(kind.keys(200, 200 + addedSince));
		verifyFetched(kind, FIRST, 0);
		verifyFetched(kind, SECOND, 0);
		verifyFetched(kind, THIRD, 1);
		assertThat(context.containsKey(kind.name() + ".finished")).isTrue();
	}

	/** What the empty last page holds when the reader restarts on it: still nothing, or items added since. */
	static Stream<Arguments> emptyLastPageAtRestart() {
		return kinds().flatMap(kind -> Stream.of(Arguments.of(kind, "still empty", 0),
				Arguments.of(kind, "3 items added after the last one since", 3)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void keepsItsStateUnderItsOwnNameWithTheLastKey(SearchAfterReaderKind kind) {
		// given
		stubThreePages(kind);
		ExecutionContext context = new ExecutionContext();

		// when
		kind.read(reader(kind), context, 150);

		// then
		String name = kind.name();
		assertThat(context.getString(name + ".page.url")).isEqualTo(href(kind, SECOND));
		assertThat(context.getInt(name + ".page.index")).isEqualTo(50);
		assertThat(context.getString(name + ".next.url")).isEqualTo(href(kind, THIRD));
		assertThat(context.getString(name + "." + kind.lastKeyName())).isEqualTo(kind.key().apply(149));
		assertThat(context.getInt(name + ".search.index")).isZero();
		assertThat(context.toMap()).containsOnlyKeys(name + ".search.index", name + ".page.url", name + ".page.index",
				name + ".next.url", name + "." + kind.lastKeyName());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void withoutSaveStateItNeitherSavesNorResumes(SearchAfterReaderKind kind) {
		// given
		stubThreePages(kind);
		ExecutionContext context = new ExecutionContext();
		SearchAfterReader<?> reader = kind.factory().build(client, kind.name(), null, false);
		kind.read(reader, context, 50);

		// when
		List<String> secondRun = kind.read(reader, context, 10);

		// then
		assertThat(context.isEmpty()).isTrue();
		assertThat(secondRun).containsExactlyElementsOf(kind.keys(0, 10));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void passesTheSearchFilterToAkeneo(SearchAfterReaderKind kind) {
		// given
		String search = "{\"updated\":[{\"operator\":\">\",\"value\":\"2024-01-31 10:00:00\"}]}";
		akeneo.stubFor(get(urlPathEqualTo(kind.path())).withQueryParam("search", equalTo(search))
			.willReturn(okJson(kind.page(0, 3, null))));
		SearchAfterReader<?> reader = kind.factory().build(client, "delta", search, true);

		// when
		List<String> read = kind.read(reader, new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(kind.keys(0, 3));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("invalidSettings")
	void theBuilderRefusesIncompleteSettings(SearchAfterReaderKind kind, String problem,
			@Nullable AkeneoClient withClient, @Nullable String withName, @Nullable String withSearch, String message) {
		// when / then
		assertThatIllegalArgumentException()
			.isThrownBy(() -> kind.factory().build(withClient, withName, withSearch, true))
			.withMessageContaining(message);
	}

	static Stream<Arguments> invalidSettings() {
		AkeneoClient anyClient = AkeneoFixtures.client(AkeneoProperties.of("http://localhost:1", "c", "s", "u", "p"),
				new AkeneoFixtures.RecordingSleeper(), AkeneoFixtures.clock());
		return kinds().flatMap(kind -> Stream.of(
				Arguments.of(kind, "no client", null, kind.name(), null, "AkeneoClient is required"),
				Arguments.of(kind, "no name", anyClient, null, null, "name is required"),
				Arguments.of(kind, "blank name", anyClient, " ", null, "name is required"),
				Arguments.of(kind, "search not JSON", anyClient, kind.name(), "updated>x", "must be a JSON object"),
				Arguments.of(kind, "search not an object", anyClient, kind.name(), "[1]", "must be a JSON object")));
	}

	/** Serves the fixture items 0-100, 100-200 and 200-250 as three linked pages. */
	private static void stubThreePages(SearchAfterReaderKind kind) {
		stubPage(kind, FIRST, kind.page(0, 100, href(kind, SECOND)));
		stubPage(kind, SECOND, kind.page(100, 200, href(kind, THIRD)));
		stubPage(kind, THIRD, kind.page(200, ALL, null));
	}

	/** Serves the fixture items 0-100 and 100-200 as two full pages, then the empty page Akeneo links after them. */
	private static void stubTwoFullPagesThenAnEmptyOne(SearchAfterReaderKind kind) {
		stubPage(kind, FIRST, kind.page(0, 100, href(kind, SECOND)));
		stubPage(kind, SECOND, kind.page(100, 200, href(kind, THIRD)));
		stubPage(kind, THIRD, kind.page(200, 200, null));
	}

	private static void stubPage(SearchAfterReaderKind kind, String query, String page) {
		akeneo.stubFor(get(urlEqualTo(kind.path() + query)).willReturn(okJson(page)));
	}

	/** The absolute URL of a page, as Akeneo links it. */
	private static String href(SearchAfterReaderKind kind, String query) {
		return akeneo.baseUrl() + kind.path() + query;
	}

	private static void verifyFetched(SearchAfterReaderKind kind, String query, int times) {
		akeneo.verify(times, getRequestedFor(urlEqualTo(kind.path() + query)));
	}

	private SearchAfterReader<?> reader(SearchAfterReaderKind kind) {
		return kind.factory().build(client, kind.name(), null, true);
	}

}
