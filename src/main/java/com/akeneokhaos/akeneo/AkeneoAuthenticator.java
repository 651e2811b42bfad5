package com.akeneokhaos.akeneo;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Holds the current OAuth token for all threads. Signs in with the password grant, refreshes shortly
 * before expiry or after a 401, keeps the rotated refresh token, and falls back to a new password grant
 * when Akeneo refuses the refresh token. Only one thread talks to the token endpoint at a time.
 */
final class AkeneoAuthenticator {

	private static final Log logger = LogFactory.getLog(AkeneoAuthenticator.class);

	private final TokenEndpoint endpoint;

	private final Clock clock;

	private final Duration margin;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile @Nullable AccessToken current;

	AkeneoAuthenticator(TokenEndpoint endpoint, Clock clock, Duration margin) {
		this.endpoint = endpoint;
		this.clock = clock;
		this.margin = margin;
	}

	/** A token that is not about to expire. */
	String accessToken() {
		AccessToken token = current;
		return (token != null && token.isFreshAt(clock.instant(), margin)) ? token.value() : renew(null);
	}

	/** A token other than the one Akeneo just rejected, refreshing unless another thread already did. */
	String replacementFor(String rejected) {
		return renew(rejected);
	}

	private String renew(@Nullable String rejected) {
		lock.lock();
		try {
			AccessToken token = current;
			if (token == null || !token.isFreshAt(clock.instant(), margin) || token.value().equals(rejected)) {
				token = (token == null) ? signIn() : refresh(token);
				current = token;
			}
			return token.value();
		}
		finally {
			lock.unlock();
		}
	}

	private AccessToken signIn() {
		logger.debug("Requesting an Akeneo access token with the password grant");
		return endpoint.passwordGrant();
	}

	private AccessToken refresh(AccessToken token) {
		try {
			logger.debug("Refreshing the Akeneo access token");
			return endpoint.refreshGrant(token.refreshToken());
		}
		catch (AkeneoApiException ex) {
			logger.info("Akeneo refused the refresh token (" + ex.status() + "); signing in again");
			return signIn();
		}
	}

}
