package com.akeneokhaos.sandbox.akeneo;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Issued OAuth tokens and their expiry. A refresh rotates both tokens and burns the refresh token used;
 * earlier access tokens stay valid until they expire, as on Akeneo.
 */
final class TokenStore {

	/** What a grant hands out. */
	record Grant(String accessToken, String refreshToken, long expiresInSeconds) {
	}

	/** The state of a presented access token. */
	enum Check {
		VALID, EXPIRED, INVALID
	}

	private static final Duration REFRESH_LIFETIME = Duration.ofDays(14);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, Instant> refreshTokens = new ConcurrentHashMap<>();

	private final AtomicInteger passwordGrants = new AtomicInteger();

	private final AtomicInteger refreshGrants = new AtomicInteger();

	private final Supplier<Instant> clock;

	private volatile Duration lifetime = Duration.ofHours(1);

	TokenStore(Supplier<Instant> clock) {
		this.clock = clock;
	}

	void lifetime(Duration newLifetime) {
		lifetime = newLifetime;
	}

	Grant passwordGrant() {
		passwordGrants.incrementAndGet();
		return issue();
	}

	Optional<Grant> refreshGrant(String refreshToken) {
		Instant expiry = refreshToken == null ? null : refreshTokens.remove(refreshToken);
		if (expiry == null || !clock.get().isBefore(expiry)) {
			return Optional.empty();
		}
		refreshGrants.incrementAndGet();
		return Optional.of(issue());
	}

	Check check(String accessToken) {
		Instant expiry = accessToken == null ? null : accessTokens.get(accessToken);
		if (expiry == null) {
			return Check.INVALID;
		}
		return clock.get().isBefore(expiry) ? Check.VALID : Check.EXPIRED;
	}

	/** Every access token issued so far is expired from now on; refresh tokens stay usable. */
	void expireAll() {
		Instant now = clock.get();
		accessTokens.replaceAll((token, expiry) -> expiry.isAfter(now) ? now : expiry);
	}

	int passwordGrants() {
		return passwordGrants.get();
	}

	int refreshGrants() {
		return refreshGrants.get();
	}

	private Grant issue() {
		Duration current = lifetime;
		Instant now = clock.get();
		String access = newToken();
		String refresh = newToken();
		accessTokens.put(access, now.plus(current));
		refreshTokens.put(refresh, now.plus(REFRESH_LIFETIME));
		return new Grant(access, refresh, current.toSeconds());
	}

	private String newToken() {
		byte[] bytes = new byte[48];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
