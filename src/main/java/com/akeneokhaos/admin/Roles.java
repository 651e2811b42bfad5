package com.akeneokhaos.admin;

/**
 * The roles of the people who use the service over HTTP: the admin (admin API, actuator, every console action)
 * and the console's viewer (reads every console page, starts, restarts and stops nothing).
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String VIEWER = "VIEWER";

	private Roles() {
	}

}
