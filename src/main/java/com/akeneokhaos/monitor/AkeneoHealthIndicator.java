package com.akeneokhaos.monitor;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.akeneokhaos.akeneo.AkeneoApiException;
import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.akeneo.AkeneoUnavailableException;

/**
 * The {@code akeneo} health component: whether Akeneo answers at the configured URL with the configured credentials,
 * told by signing in and listing one channel (the cheapest authenticated request). The answer is kept for
 * {@code sync.health.akeneo.cache-for}, so that frequent probes do not load Akeneo. The check has a client of its
 * own, without retries and with a short timeout: a probe never waits a minute of backoff, nor behind a running job
 * for one of the requests Akeneo allows at once. The details show the base URL and the outcome, never a credential
 * or a token.
 */
@Component
class AkeneoHealthIndicator implements HealthIndicator {

	private final AkeneoProperties akeneo;

	private final AkeneoHealthProperties settings;

	private final AkeneoClient client;

	private final Clock clock;

	private @Nullable Answer last;

	AkeneoHealthIndicator(AkeneoProperties akeneo, AkeneoHealthProperties settings,
			ObjectProvider<RestClient.Builder> builders, Clock clock) {
		this.akeneo = akeneo;
		this.settings = settings;
		this.client = probeClient(akeneo, settings.timeout(), builders.getIfAvailable(RestClient::builder).clone());
		this.clock = clock;
	}

	/** The last answer while it is fresh, else a new one; concurrent probes wait for one check. */
	@Override
	public synchronized Health health() {
		Instant now = clock.instant();
		if (last == null || !now.isBefore(last.at().plus(settings.cacheFor()))) {
			last = new Answer(now, check(now));
		}
		return last.health();
	}

	private Health check(Instant now) {
		Outcome outcome = ask(now);
		return (outcome.up() ? Health.up() : Health.down()).withDetail("baseUrl", String.valueOf(akeneo.baseUrl()))
			.withDetail("outcome", withoutSecrets(outcome.text()))
			.withDetail("checkedAt", now.toString())
			.build();
	}

	private Outcome ask(Instant now) {
		try {
			client.checkAccess();
			long millis = Duration.between(now, clock.instant()).toMillis();
			return new Outcome(true, "signed in and listed channels in " + millis + " ms");
		}
		catch (AkeneoApiException ex) {
			return new Outcome(false, refused(ex));
		}
		catch (AkeneoUnavailableException ex) {
			return new Outcome(false, "cannot reach Akeneo: " + ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return new Outcome(false, String.valueOf(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			return new Outcome(false, "the check failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static String refused(AkeneoApiException ex) {
		return switch (ex.status()) {
			case 400, 401, 422 -> "Akeneo refused the API connection's credentials (" + ex.status() + ")";
			case 403 -> "Akeneo refused the API user access to channels (403)";
			case 404 -> "Akeneo has no REST API at that address (404)";
			default -> "Akeneo refused the check: " + ex.getMessage();
		};
	}

	/** The text with any configured secret or password masked, in case a message ever echoed one. */
	private String withoutSecrets(String text) {
		String masked = text;
		for (String secret : new String[] { akeneo.secret(), akeneo.password() }) {
			if (secret != null && !secret.isEmpty()) {
				masked = masked.replace(secret, "******");
			}
		}
		return masked;
	}

	/** The same settings, with one attempt per request and the check's timeout for connecting and reading. */
	static AkeneoClient probeClient(AkeneoProperties akeneo, Duration timeout, RestClient.Builder builder) {
		AkeneoProperties.Retry retry = akeneo.retry();
		AkeneoProperties once = new AkeneoProperties(akeneo.baseUrl(), akeneo.clientId(), akeneo.secret(),
				akeneo.username(), akeneo.password(), akeneo.pageSize(), 1, null, 1, akeneo.tokenRefreshMargin(), timeout,
				timeout, new AkeneoProperties.Retry(0, retry.initialDelay(), retry.maxDelay(), retry.multiplier(),
						retry.jitter()));
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(timeout);
		return new AkeneoClient(once, builder.requestFactory(requests));
	}

	private record Answer(Instant at, Health health) {
	}

	private record Outcome(boolean up, String text) {
	}

}
