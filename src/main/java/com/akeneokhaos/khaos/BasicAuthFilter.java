package com.akeneokhaos.khaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of every channel request against the configured channel credentials.
 * Both parts are compared in constant time; a request without the right credentials gets 401 with a
 * {@code WWW-Authenticate} challenge and never reaches an endpoint.
 */
final class BasicAuthFilter extends OncePerRequestFilter {

	static final String CHALLENGE = "Basic realm=\"khaos-channel\", charset=\"UTF-8\"";

	private final byte[] expectedUser;

	private final byte[] expectedPassword;

	private final boolean configured;

	BasicAuthFilter(ChannelProperties properties) {
		this.configured = properties.hasCredentials();
		this.expectedUser = bytes(properties.username());
		this.expectedPassword = bytes(properties.password());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (configured && authorised(request.getHeader(HttpHeaders.AUTHORIZATION))) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write("Authentication required");
	}

	private boolean authorised(@Nullable String header) {
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return false;
		}
		boolean user = MessageDigest.isEqual(bytes(decoded.substring(0, colon)), expectedUser);
		boolean password = MessageDigest.isEqual(bytes(decoded.substring(colon + 1)), expectedPassword);
		return user & password;
	}

	private static byte[] bytes(@Nullable String value) {
		return (value != null) ? value.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

}
