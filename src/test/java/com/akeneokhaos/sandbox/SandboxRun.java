package com.akeneokhaos.sandbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.TestDatabase;

/**
 * The README's first command: starts a database (embedded MariaDB, or MySQL when Docker is there), the
 * Akeneo simulator with a generated catalogue, and runs {@code catalogue-refresh} against them through
 * the real CLI, then shows a few of the reasons products were held back. Exits with the CLI's code.
 * <p>
 * Options: {@code --size=N} (default 1000), {@code --defects=N} (default 25), {@code --seed=N}.
 */
public final class SandboxRun {

	private SandboxRun() {
	}

	public static void main(String[] args) throws Exception {
		SandboxOptions options = SandboxOptions.parse(args);
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(
				CatalogueSpec.of(options.seed(), options.size()).withDefectsSpreadEvenly(options.defects()));
		TestDatabase.Coordinates db = TestDatabase.newDatabase("sandbox");
		System.out.printf("Sandbox: %d products (%d defective) on %s%n", catalogue.productCount(),
				catalogue.expectedRejections().size(), TestDatabase.serverDescription());
		int exitCode;
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			exitCode = refresh(db, akeneo);
		}
		printReasons(db);
		System.exit(exitCode);
	}

	private static int refresh(TestDatabase.Coordinates db, AkeneoSandbox akeneo) {
		List<String> arguments = new ArrayList<>(List.of("run", "catalogue-refresh",
				"--summary-json=target/sandbox-summary.json", "--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password()));
		arguments.addAll(akeneo.arguments());
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return SpringApplication.exit(application.run(arguments.toArray(String[]::new)));
	}

	private static void printReasons(TestDatabase.Coordinates db) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT rule_code, sku, message FROM sync_exception ORDER BY id LIMIT 12")) {
			System.out.println("Some of the reasons products were held back (table sync_exception):");
			while (rows.next()) {
				System.out.printf("  [%s] SKU '%s': %s%n", rows.getString(1), rows.getString(2), rows.getString(3));
			}
		}
		System.out.println("Summary as JSON: target/sandbox-summary.json");
	}

	record SandboxOptions(int size, int defects, long seed) {

		static SandboxOptions parse(String... args) {
			int size = 1000;
			int defects = 25;
			long seed = 20261128L;
			for (String arg : args) {
				String value = arg.substring(arg.indexOf('=') + 1);
				if (arg.startsWith("--size=")) {
					size = Integer.parseInt(value);
				}
				else if (arg.startsWith("--defects=")) {
					defects = Integer.parseInt(value);
				}
				else if (arg.startsWith("--seed=")) {
					seed = Long.parseLong(value);
				}
			}
			return new SandboxOptions(size, Math.min(defects, size), seed);
		}

	}

}
