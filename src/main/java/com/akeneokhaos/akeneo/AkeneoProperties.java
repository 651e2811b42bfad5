package com.akeneokhaos.akeneo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Connection settings for the Akeneo REST API ({@code akeneo.*}).
 * <p>
 * The tuning values are checked by Bean Validation when the settings are bound, so a bad value stops
 * start-up with a message naming the property (each constraint's message starts with it: Boot's failure
 * report shows the Java field name); each default is written once, in its {@link DefaultValue}.
 * Credentials are checked by {@link #validate()} when the client is first used rather than at start-up,
 * so commands that never call Akeneo (such as {@code status}) run without them. {@link #toString()}
 * never shows the secret or the password.
 *
 * @param baseUrl the PIM root URL, e.g. {@code https://acme.cloud.akeneo.com}
 * @param pageSize products per page, 1 to 100 (Akeneo's maximum)
 * @param maxInFlight requests allowed in flight at once (Akeneo SaaS allows 4 per connection)
 * @param readPartitions how many parts a full read of the products (refresh, reconciliation) is split into and
 * read at once, 1 to {@code maxInFlight}; unset: {@code maxInFlight}
 * @param pagesAhead how many pages each list read (each part of a full read) requests ahead of the step, 1 to 20:
 * Akeneo keeps answering while the step writes
 * @param tokenRefreshMargin how long before expiry the access token is refreshed
 */
@Validated
@ConfigurationProperties("akeneo")
public record AkeneoProperties(@Nullable String baseUrl, @Nullable String clientId, @Nullable String secret,
		@Nullable String username, @Nullable String password,
		@DefaultValue("100") @Min(value = 1, message = PAGE_SIZE) @Max(value = 100, message = PAGE_SIZE) int pageSize,
		@DefaultValue("4") @Min(value = 1, message = "akeneo.max-in-flight must be at least 1") int maxInFlight,
		@Nullable Integer readPartitions,
		@DefaultValue("4") @Min(value = 1, message = PAGES_AHEAD) @Max(value = 20, message = PAGES_AHEAD) int pagesAhead,
		@DefaultValue("60s") Duration tokenRefreshMargin, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("60s") Duration readTimeout, @DefaultValue @Valid Retry retry) {

	private static final String PAGE_SIZE = "akeneo.page-size must be between 1 and 100";

	private static final String PAGES_AHEAD = "akeneo.pages-ahead must be between 1 and 20";

	/** Settings with every default (as bound when nothing is set) and the given connection values. */
	public static AkeneoProperties of(String baseUrl, String clientId, String secret, String username,
			String password) {
		AkeneoProperties defaults = new Binder().bindOrCreate("akeneo", AkeneoProperties.class);
		return new AkeneoProperties(baseUrl, clientId, secret, username, password, defaults.pageSize,
				defaults.maxInFlight, defaults.readPartitions, defaults.pagesAhead, defaults.tokenRefreshMargin,
				defaults.connectTimeout, defaults.readTimeout, defaults.retry);
	}

	/** Checked when the settings are bound: a full read never asks Akeneo more than it serves at once. */
	@AssertTrue(message = "akeneo.read-partitions must be between 1 and akeneo.max-in-flight")
	boolean isReadPartitionsWithinInFlight() {
		return readPartitions == null || (readPartitions >= 1 && readPartitions <= maxInFlight);
	}

	/** How many parts a full read of the products is split into: as set, else one per request in flight. */
	public int fullReadPartitions() {
		return (readPartitions != null) ? readPartitions : maxInFlight;
	}

	/**
	 * Where a person fixes this product: its edit page in Akeneo's own user interface
	 * ({@code <base-url>/#/enrich/product/<uuid>}); null without a product uuid or a base URL.
	 */
	public @Nullable String productPage(@Nullable String uuid) {
		if (baseUrl == null || baseUrl.isBlank() || uuid == null || uuid.isBlank()) {
			return null;
		}
		return baseUrl.replaceAll("/+$", "") + "/#/enrich/product/" + uuid;
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

	/**
	 * Retry of transient failures (408, 429, 5xx, I/O errors) with capped exponential backoff and jitter
	 * ({@code akeneo.retry.*}).
	 *
	 * @param maxRetries retries after the first attempt
	 * @param initialDelay the first backoff, multiplied after each retry
	 * @param maxDelay the ceiling of any single wait, including one asked for by {@code Retry-After}
	 * @param multiplier the factor each backoff grows by, at least 1
	 * @param jitter random spread applied to each backoff so parallel callers do not retry in step
	 */
	public record Retry(
			@DefaultValue("6") @Min(value = 0, message = "akeneo.retry.max-retries must be at least 0") int maxRetries,
			@DefaultValue("500ms") @DurationMin(nanos = 0, inclusive = false,
					message = "akeneo.retry.initial-delay must be longer than 0") Duration initialDelay,
			@DefaultValue("30s") Duration maxDelay,
			@DefaultValue("2.0") @DecimalMin(value = "1",
					message = "akeneo.retry.multiplier must be at least 1") double multiplier,
			@DefaultValue("250ms") Duration jitter) {

		/** The retry settings as bound when nothing is set. */
		public static Retry defaults() {
			return new Binder().bindOrCreate("akeneo.retry", Retry.class);
		}

	}

}
