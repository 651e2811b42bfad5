package com.akeneokhaos.sandbox.akeneo;

/**
 * One request the {@link AkeneoSimulator} answered, for assertions on what a client did.
 *
 * @param method the HTTP method
 * @param pathAndQuery the path with its raw query string, as sent
 * @param status the status the simulator answered
 */
public record LoggedRequest(String method, String pathAndQuery, int status) {

	public String path() {
		int query = pathAndQuery.indexOf('?');
		return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
	}

}
