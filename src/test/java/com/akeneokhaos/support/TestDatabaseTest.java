package com.akeneokhaos.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTest {

	@Test
	void givesEachCallerAnEmptyDatabaseOfItsOwn() throws Exception {
		// given
		TestDatabase.Coordinates first = TestDatabase.newDatabase("first");
		TestDatabase.Coordinates second = TestDatabase.newDatabase("second");
		// when
		try (Connection a = DriverManager.getConnection(first.url(), first.username(), first.password());
				Connection b = DriverManager.getConnection(second.url(), second.username(), second.password())) {
			a.createStatement().execute("CREATE TABLE probe (id INT)");
			ResultSet tables = b.getMetaData().getTables(b.getCatalog(), null, "probe", null);
			// then
			assertThat(tables.next()).isFalse();
			assertThat(a.getMetaData().getDatabaseProductName()).isEqualTo("MySQL");
		}
	}

}
