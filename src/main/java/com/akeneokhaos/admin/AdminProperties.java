package com.akeneokhaos.admin;

import jakarta.validation.constraints.AssertTrue;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The admin credentials ({@code sync.admin.*}, from {@code SYNC_ADMIN_USERNAME} and {@code SYNC_ADMIN_PASSWORD}),
 * separate from the Khaos channel's, and the console's read-only viewer ({@code SYNC_ADMIN_VIEWER_USERNAME},
 * {@code SYNC_ADMIN_VIEWER_PASSWORD}). Without the admin pair, the admin API and every actuator endpoint but health
 * refuse every request; without the viewer pair there is no viewer. {@link #toString()} never shows a password.
 *
 * @param username the admin user name
 * @param password the admin password
 * @param viewerUsername the console viewer's user name (sees everything, changes nothing)
 * @param viewerPassword the console viewer's password
 */
@Validated
@ConfigurationProperties("sync.admin")
record AdminProperties(@Nullable String username, @Nullable String password, @Nullable String viewerUsername,
		@Nullable String viewerPassword) {

	boolean hasCredentials() {
		return given(username, password);
	}

	boolean hasViewer() {
		return given(viewerUsername, viewerPassword);
	}

	@AssertTrue(message = "sync.admin.viewer-username must differ from sync.admin.username (the viewer is another person)")
	boolean isViewerSomeoneElse() {
		return !hasCredentials() || !hasViewer() || !username.equals(viewerUsername);
	}

	private static boolean given(@Nullable String username, @Nullable String password) {
		return username != null && !username.isBlank() && password != null && !password.isEmpty();
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + username + ", password=" + (hasCredentials() ? "(set)" : "(not set)")
				+ ", viewerUsername=" + viewerUsername + ", viewerPassword=" + (hasViewer() ? "(set)" : "(not set)")
				+ "]";
	}

}
