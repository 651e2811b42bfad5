package com.akeneokhaos.akeneo;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/** A response that gives its in-flight permit back exactly once, when it is closed. */
final class PermitReleasingResponse implements ClientHttpResponse {

	private final ClientHttpResponse delegate;

	private final Runnable release;

	private final AtomicBoolean released = new AtomicBoolean();

	PermitReleasingResponse(ClientHttpResponse delegate, Runnable release) {
		this.delegate = delegate;
		this.release = release;
	}

	@Override
	public HttpStatusCode getStatusCode() throws IOException {
		return delegate.getStatusCode();
	}

	@Override
	public String getStatusText() throws IOException {
		return delegate.getStatusText();
	}

	@Override
	public HttpHeaders getHeaders() {
		return delegate.getHeaders();
	}

	@Override
	public InputStream getBody() throws IOException {
		return delegate.getBody();
	}

	@Override
	public void close() {
		try {
			delegate.close();
		}
		finally {
			if (released.compareAndSet(false, true)) {
				release.run();
			}
		}
	}

}
