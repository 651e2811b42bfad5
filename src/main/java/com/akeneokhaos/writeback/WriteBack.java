package com.akeneokhaos.writeback;

import org.jspecify.annotations.Nullable;

/**
 * What one product should show in Akeneo: its onboarding status, the sentences of every broken rule (empty when
 * none), and the release action once Khaos holds the item (null: leave the product as it is).
 */
public record WriteBack(String uuid, @Nullable String sku, OnboardingStatus status, String message,
		@Nullable ReleaseAction release) {

	public static WriteBack of(String uuid, @Nullable String sku, OnboardingStatus status, String message) {
		return new WriteBack(uuid, sku, status, message, null);
	}

	WriteBack withRelease(@Nullable ReleaseAction action) {
		return new WriteBack(uuid, sku, status, message, action);
	}

}
