package com.akeneokhaos.sandbox.akeneo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Failures the simulator plays on demand, changeable while a client runs: failing product pages,
 * failing the next requests, 429 bursts, a requests-per-second limit and slow responses. Rate limiting
 * (bursts and the limit) applies to every request, token requests included, as Akeneo's does; the other
 * request faults apply to {@code /api/rest/} calls only.
 */
final class FaultInjector {

	private static final long SECOND_NANOS = 1_000_000_000L;

	private int failPagesFrom;

	private int failPagesStatus;

	/** Which searches' pages fail (given the {@code search} parameter, null when absent). */
	private Predicate<String> failPagesOfSearch = search -> true;

	private int failNextCount;

	private int failNextStatus;

	private int burstCount;

	private int failPatchesStatus;

	private int burstRetryAfter;

	private int maxPerSecond;

	private int rateRetryAfter;

	private final Deque<Long> recentRequests = new ArrayDeque<>();

	private volatile Duration delay = Duration.ZERO;

	private volatile Duration randomDelayUpTo = Duration.ZERO;

	private Random delays = new Random();

	synchronized void failProductPagesFrom(int pageNumber, int status) {
		failProductPagesFrom(search -> true, pageNumber, status);
	}

	synchronized void failProductPagesFrom(Predicate<String> ofSearch, int pageNumber, int status) {
		failPagesOfSearch = ofSearch;
		failPagesFrom = pageNumber;
		failPagesStatus = status;
	}

	synchronized void failNextRequests(int count, int status) {
		failNextCount = count;
		failNextStatus = status;
	}

	/** Every product PATCH answers this status (0: none) before reaching a product; reads are unaffected. */
	synchronized void failPatches(int status) {
		failPatchesStatus = status;
	}

	synchronized Optional<ApiResponse> beforePatch() {
		return (failPatchesStatus > 0) ? Optional.of(failure(failPatchesStatus)) : Optional.empty();
	}

	synchronized void tooManyRequestsBurst(int count, int retryAfterSeconds) {
		burstCount = count;
		burstRetryAfter = retryAfterSeconds;
	}

	synchronized void rateLimit(int maxRequestsPerSecond, int retryAfterSeconds) {
		maxPerSecond = maxRequestsPerSecond;
		rateRetryAfter = retryAfterSeconds;
		recentRequests.clear();
	}

	void delayResponses(Duration newDelay) {
		delay = newDelay;
	}

	/** Each response is delayed by a random time up to {@code most} (seeded: the same seed, the same delays). */
	synchronized void delayResponsesRandomly(long seed, Duration most) {
		delays = new Random(seed);
		randomDelayUpTo = most;
	}

	synchronized void clear() {
		failPagesFrom = 0;
		failPagesOfSearch = search -> true;
		failNextCount = 0;
		failPatchesStatus = 0;
		burstCount = 0;
		maxPerSecond = 0;
		recentRequests.clear();
		delay = Duration.ZERO;
		randomDelayUpTo = Duration.ZERO;
	}

	void sleepIfDelayed() throws InterruptedException {
		long millis = delay.toMillis() + randomDelayMillis();
		if (millis > 0) {
			Thread.sleep(millis);
		}
	}

	private long randomDelayMillis() {
		long most = randomDelayUpTo.toMillis();
		if (most == 0) {
			return 0;
		}
		synchronized (this) {
			return delays.nextLong(most + 1);
		}
	}

	/** The 429 answering this request (API or token), if any: a 429 burst, then the rate limit. */
	synchronized Optional<ApiResponse> rateLimited() {
		if (burstCount > 0) {
			burstCount--;
			return Optional.of(tooManyRequests(burstRetryAfter));
		}
		if (maxPerSecond > 0 && overRate(System.nanoTime())) {
			return Optional.of(tooManyRequests(rateRetryAfter));
		}
		return Optional.empty();
	}

	/** The fault answering this API request, if any: a 429 burst, the rate limit, then failNextRequests. */
	synchronized Optional<ApiResponse> beforeApiRequest() {
		Optional<ApiResponse> limited = rateLimited();
		if (limited.isPresent()) {
			return limited;
		}
		if (failNextCount > 0) {
			failNextCount--;
			return Optional.of(failure(failNextStatus));
		}
		return Optional.empty();
	}

	/** The failure for a products-uuid page (1-based) of a search, while failProductPagesFrom is in force. */
	synchronized Optional<ApiResponse> productPage(String search, int pageNumber) {
		return failPagesFrom > 0 && pageNumber >= failPagesFrom && failPagesOfSearch.test(search)
				? Optional.of(failure(failPagesStatus)) : Optional.empty();
	}

	private boolean overRate(long now) {
		while (!recentRequests.isEmpty() && now - recentRequests.peekFirst() >= SECOND_NANOS) {
			recentRequests.pollFirst();
		}
		if (recentRequests.size() >= maxPerSecond) {
			return true;
		}
		recentRequests.addLast(now);
		return false;
	}

	private static ApiResponse tooManyRequests(int retryAfterSeconds) {
		return ApiResponse.error(429, "You have exceeded the limit of API requests per second.")
			.withHeader("Retry-After", Integer.toString(retryAfterSeconds));
	}

	static ApiResponse failure(int status) {
		String message = switch (status) {
			case 400 -> "Bad request";
			case 408 -> "Request Timeout";
			case 429 -> "You have exceeded the limit of API requests per second.";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> "Simulated failure";
		};
		ApiResponse response = ApiResponse.error(status, message);
		return status == 429 ? response.withHeader("Retry-After", "1") : response;
	}

}
