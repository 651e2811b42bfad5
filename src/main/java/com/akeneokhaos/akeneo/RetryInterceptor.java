package com.akeneokhaos.akeneo;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Retries 408, 429, 5xx and I/O errors with the capped exponential backoff and jitter of a Framework
 * {@link RetryPolicy}, waiting longer when {@code Retry-After} asks for it (up to the maximum delay).
 * Other statuses pass through untouched. When the retries run out it throws
 * {@link AkeneoUnavailableException}. It sits outside the in-flight limit so a waiting retry holds no permit.
 */
final class RetryInterceptor implements ClientHttpRequestInterceptor {

	private static final Log logger = LogFactory.getLog(RetryInterceptor.class);

	private final RetryPolicy policy;

	private final Duration maxDelay;

	private final Sleeper sleeper;

	private final Clock clock;

	RetryInterceptor(AkeneoProperties.Retry retry, Sleeper sleeper, Clock clock) {
		this.policy = RetryPolicy.builder().maxRetries(retry.maxRetries()).delay(retry.initialDelay())
			.maxDelay(retry.maxDelay()).multiplier(retry.multiplier()).jitter(retry.jitter())
			.includes(TransientFailure.class).build();
		this.maxDelay = retry.maxDelay();
		this.sleeper = sleeper;
		this.clock = clock;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		BackOffExecution backOff = policy.getBackOff().start();
		for (int attempt = 1;; attempt++) {
			try {
				return attempt(request, body, execution);
			}
			catch (TransientFailure failure) {
				long backOffMillis = policy.shouldRetry(failure) ? backOff.nextBackOff() : BackOffExecution.STOP;
				if (backOffMillis == BackOffExecution.STOP) {
					throw new AkeneoUnavailableException(request.getURI().getRawPath(), failure.status(), attempt,
							failure.getCause());
				}
				waitBeforeRetry(request, failure, attempt, delay(backOffMillis, failure.retryAfter()));
			}
		}
	}

	private ClientHttpResponse attempt(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException, TransientFailure {
		ClientHttpResponse response;
		try {
			response = execution.execute(request, body);
		}
		catch (IOException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw ex;
			}
			throw TransientFailure.io(ex);
		}
		int status = response.getStatusCode().value();
		if (!TransientFailure.isTransient(status)) {
			return response;
		}
		Duration retryAfter = RetryAfter.parse(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), clock);
		response.close();
		throw TransientFailure.status(status, retryAfter);
	}

	private Duration delay(long backOffMillis, Duration retryAfter) {
		Duration backOff = Duration.ofMillis(backOffMillis);
		Duration asked = (retryAfter.compareTo(maxDelay) > 0) ? maxDelay : retryAfter;
		return (asked.compareTo(backOff) > 0) ? asked : backOff;
	}

	private void waitBeforeRetry(HttpRequest request, TransientFailure failure, int attempt, Duration delay)
			throws InterruptedIOException {
		logger.warn("Akeneo " + request.getMethod() + " " + request.getURI().getRawPath() + " failed with "
				+ failure.getMessage() + "; retry " + attempt + " in " + delay.toMillis() + " ms");
		try {
			sleeper.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting to retry an Akeneo request");
		}
	}

}
