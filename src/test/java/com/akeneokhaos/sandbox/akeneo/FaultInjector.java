package com.akeneokhaos.sandbox.akeneo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

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

	private int failNextCount;

	private int failNextStatus;

	private int burstCount;

	private int failPatchesStatus;

	private int burstRetryAfter;

	private int maxPerSecond;

	private int rateRetryAfter;

	private final Deque<Long> recentRequests = new ArrayDeque<>();

	private volatile Duration delay = Duration.ZERO;

	synchronized void failProductPagesFrom(int pageNumber, int status) {
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

	synchronized void clear() {
		failPagesFrom = 0;
		failNextCount = 0;
		failPatchesStatus = 0;
		burstCount = 0;
		maxPerSecond = 0;
		recentRequests.clear();
		delay = Duration.ZERO;
	}

	void sleepIfDelayed() throws InterruptedException {
		Duration current = delay;
		if (!current.isZero()) {
			Thread.sleep(current.toMillis());
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

	/** The failure for a products-uuid page (1-based), while failProductPagesFrom is in force. */
	synchronized Optional<ApiResponse> productPage(int pageNumber) {
		return failPagesFrom > 0 && pageNumber >= failPagesFrom ? Optional.of(failure(failPagesStatus))
				: Optional.empty();
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
