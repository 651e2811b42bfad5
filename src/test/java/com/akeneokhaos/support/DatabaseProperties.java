package com.akeneokhaos.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at a fresh database of the test server. */
public final class DatabaseProperties {

	private DatabaseProperties() {
	}

	public static TestDatabase.Coordinates register(DynamicPropertyRegistry registry, String purpose) {
		TestDatabase.Coordinates db = TestDatabase.newDatabase(purpose);
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
		return db;
	}

}
