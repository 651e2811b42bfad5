package com.akeneokhaos.akeneo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Connection settings for the Akeneo REST API ({@code akeneo.*}).
 * <p>
 * Credentials are checked by {@link #validate()} when the client is first used rather than at start-up,
 * so commands that never call Akeneo (such as {@code status}) run without them. {@link #toString()}
 * never shows the secret or the password.
 *
 * @param baseUrl the PIM root URL, e.g. {@code https://acme.cloud.akeneo.com}
 * @param pageSize products per page, 1 to 100 (Akeneo's maximum)
 * @param maxInFlight requests allowed in flight at once (Akeneo SaaS allows 4 per connection)
 * @param tokenRefreshMargin how long before expiry the access token is refreshed
 */
@ConfigurationProperties("akeneo")
public record AkeneoProperties(@Nullable String baseUrl, @Nullable String clientId, @Nullable String secret,
		@Nullable String username, @Nullable String password, @DefaultValue("100") int pageSize,
		@DefaultValue("4") int maxInFlight, @DefaultValue("60s") Duration tokenRefreshMargin,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
		@DefaultValue Retry retry) {

	public AkeneoProperties {
		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException("akeneo.page-size must be between 1 and 100, was " + pageSize);
		}
		if (maxInFlight < 1) {
			throw new IllegalArgumentException("akeneo.max-in-flight must be at least 1, was " + maxInFlight);
		}
		tokenRefreshMargin = orDefault(tokenRefreshMargin, Duration.ofSeconds(60));
		connectTimeout = orDefault(connectTimeout, Duration.ofSeconds(10));
		readTimeout = orDefault(readTimeout, Duration.ofSeconds(60));
		retry = (retry != null) ? retry : Retry.defaults();
	}

	/** Settings with every default and the given connection values. */
	public static AkeneoProperties of(String baseUrl, String clientId, String secret, String username,
			String password) {
		return new AkeneoProperties(baseUrl, clientId, secret, username, password, 100, 4, null, null, null, null);
	}

	/**
	 * Checks that every value needed to call Akeneo is present.
	 * @throws IllegalStateException naming each missing property and its environment variable
	 */
	public void validate() {
		List<String> missing = new ArrayList<>();
		require(missing, baseUrl, "base-url", "AKENEO_BASE_URL");
		require(missing, clientId, "client-id", "AKENEO_CLIENT_ID");
		require(missing, secret, "secret", "AKENEO_SECRET");
		require(missing, username, "username", "AKENEO_USERNAME");
		require(missing, password, "password", "AKENEO_PASSWORD");
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Akeneo is not configured, missing: " + String.join(", ", missing));
		}
		if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
			throw new IllegalStateException("akeneo.base-url must be an http(s) URL, was '" + baseUrl + "'");
		}
	}

	/** The base URL without a trailing slash; call {@link #validate()} first. */
	String root() {
		String url = (baseUrl != null) ? baseUrl.strip() : "";
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String toString() {
		return "AkeneoProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", secret=" + mask(secret)
				+ ", username=" + username + ", password=" + mask(password) + ", pageSize=" + pageSize
				+ ", maxInFlight=" + maxInFlight + ", tokenRefreshMargin=" + tokenRefreshMargin + ", connectTimeout="
				+ connectTimeout + ", readTimeout=" + readTimeout + ", retry=" + retry + "]";
	}

	private static void require(List<String> missing, @Nullable String value, String name, String env) {
		if (value == null || value.isBlank()) {
			missing.add("akeneo." + name + " (" + env + ")");
		}
	}

	private static String mask(@Nullable String value) {
		return (value == null || value.isEmpty()) ? "<unset>" : "******";
	}

	private static Duration orDefault(@Nullable Duration value, Duration fallback) {
		return (value != null) ? value : fallback;
	}

	/**
	 * Retry of transient failures (408, 429, 5xx, I/O errors) with capped exponential backoff and jitter.
	 *
	 * @param maxRetries retries after the first attempt
	 * @param initialDelay the first backoff, multiplied after each retry
	 * @param maxDelay the ceiling of any single wait, including one asked for by {@code Retry-After}
	 * @param jitter random spread applied to each backoff so parallel callers do not retry in step
	 */
	public record Retry(@DefaultValue("6") int maxRetries, @DefaultValue("500ms") Duration initialDelay,
			@DefaultValue("30s") Duration maxDelay, @DefaultValue("2.0") double multiplier,
			@DefaultValue("250ms") Duration jitter) {

		public Retry {
			initialDelay = orDefault(initialDelay, Duration.ofMillis(500));
			maxDelay = orDefault(maxDelay, Duration.ofSeconds(30));
			jitter = orDefault(jitter, Duration.ofMillis(250));
			if (maxRetries < 0 || initialDelay.isNegative() || initialDelay.isZero() || multiplier < 1) {
				throw new IllegalArgumentException("akeneo.retry needs max-retries >= 0, initial-delay > 0 and "
						+ "multiplier >= 1, was " + maxRetries + ", " + initialDelay + ", " + multiplier);
			}
		}

		public static Retry defaults() {
			return new Retry(6, null, null, 2.0, null);
		}

	}

}
