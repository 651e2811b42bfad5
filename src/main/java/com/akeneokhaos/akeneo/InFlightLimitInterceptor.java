package com.akeneokhaos.akeneo;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Keeps at most {@code maxInFlight} requests open against Akeneo, which rejects a connection's fifth
 * concurrent call. A permit is held from sending the request until its response is closed, and is the
 * innermost interceptor so that nobody holds one while waiting to retry or to obtain a token.
 */
final class InFlightLimitInterceptor implements ClientHttpRequestInterceptor {

	private final Semaphore permits;

	InFlightLimitInterceptor(int maxInFlight) {
		this.permits = new Semaphore(maxInFlight, true);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		acquire();
		try {
			return new PermitReleasingResponse(execution.execute(request, body), permits::release);
		}
		catch (IOException | RuntimeException | Error ex) {
			permits.release();
			throw ex;
		}
	}

	private void acquire() throws InterruptedIOException {
		try {
			permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting for an Akeneo request slot");
		}
	}

}
