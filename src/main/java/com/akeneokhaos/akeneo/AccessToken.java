package com.akeneokhaos.akeneo;

import java.time.Duration;
import java.time.Instant;

/** An OAuth access token with its refresh token and expiry; {@link #toString()} hides both tokens. */
record AccessToken(String value, String refreshToken, Instant expiresAt) {

	boolean isFreshAt(Instant now, Duration margin) {
		return now.isBefore(expiresAt.minus(margin));
	}

	@Override
	public String toString() {
		return "AccessToken[value=******, refreshToken=******, expiresAt=" + expiresAt + "]";
	}

}
