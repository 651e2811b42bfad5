package com.akeneokhaos.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin credentials ({@code sync.admin.*}, from {@code SYNC_ADMIN_USERNAME} and {@code SYNC_ADMIN_PASSWORD}),
 * separate from the Khaos channel's. Without both, the admin API and every actuator endpoint but health refuse
 * every request. {@link #toString()} never shows the password.
 *
 * @param username the admin user name
 * @param password the admin password
 */
@ConfigurationProperties("sync.admin")
record AdminProperties(@Nullable String username, @Nullable String password) {

	boolean hasCredentials() {
		return username != null && !username.isBlank() && password != null && !password.isEmpty();
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + username + ", password=" + (hasCredentials() ? "(set)" : "(not set)") + "]";
	}

}
