package com.akeneokhaos.notify;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/** Why a send failed, in words safe to log and store: never the webhook's address, which holds its secret. */
final class NotDelivered {

	private NotDelivered() {
	}

	static String describe(RuntimeException failure) {
		if (failure instanceof RestClientResponseException response) {
			return "the webhook answered " + response.getStatusCode().value();
		}
		if (failure instanceof ResourceAccessException access) {
			Throwable cause = (access.getCause() != null) ? access.getCause() : access;
			return "the webhook could not be reached (" + cause.getClass().getSimpleName() + ")";
		}
		return failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}

}
