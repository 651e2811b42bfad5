package com.akeneokhaos.akeneo;

import java.io.IOException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;

/**
 * Sends the current access token and, when Akeneo answers 401 (expired or revoked token), refreshes it
 * and replays the request once. A second 401 is returned as is and becomes an {@link AkeneoApiException}.
 */
final class BearerTokenInterceptor implements ClientHttpRequestInterceptor {

	private static final Log logger = LogFactory.getLog(BearerTokenInterceptor.class);

	private final AkeneoAuthenticator authenticator;

	BearerTokenInterceptor(AkeneoAuthenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String token = authenticator.accessToken();
		ClientHttpResponse response = execution.execute(withToken(request, token), body);
		if (response.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
			return response;
		}
		response.close();
		logger.info("Akeneo rejected the access token for " + request.getURI().getRawPath() + "; replaying once");
		return execution.execute(withToken(request, authenticator.replacementFor(token)), body);
	}

	private static HttpRequest withToken(HttpRequest request, String token) {
		HttpHeaders headers = HttpHeaders.copyOf(request.getHeaders());
		headers.setBearerAuth(token);
		return new HttpRequestWrapper(request) {

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

}
