package com.akeneokhaos.jobs.refresh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.PollResult;
import com.akeneokhaos.support.TestDatabase;

/**
 * The state a second refresh starts from in the kill harness: a database on which the first, full refresh
 * of the sandbox catalogue ran (through the service's own command line) and Khaos Control Cloud (simulator)
 * then polled the channel once, taking every item and confirming those it accepted. Two items were added by
 * hand in Khaos beforehand with the stock codes of two products in other letter case, so Khaos refuses
 * those two: they stay unconfirmed, which the next refresh reports first.
 */
final class KhaosTookFirstRefresh {

	private KhaosTookFirstRefresh() {
	}

	static TestDatabase.Coordinates prepare(AkeneoSandbox akeneo, GeneratedCatalogue catalogue) {
		TestDatabase.Coordinates db = TestDatabase.newDatabase("kill_points_synced");
		try (KhaosSandbox khaos = KhaosSandbox.onFreePort();
				ConfigurableApplicationContext service = service(db, akeneo, khaos)) {
			ApplicationRunner cli = service.getBean("commandLineJobs", ApplicationRunner.class);
			cli.run(new DefaultApplicationArguments("run", "catalogue-refresh"));
			if (((ExitCodeGenerator) cli).getExitCode() != 0) {
				throw new IllegalStateException("the first refresh did not complete");
			}
			List<String> valid = catalogue.validUuids();
			for (String uuid : valid.subList(valid.size() - 2, valid.size())) {
				String sku = catalogue.product(uuid).orElseThrow().path("values").path("sku").path(0).path("data")
					.asString();
				khaos.simulator().addItemByHand("BY-HAND-" + sku, sku.toLowerCase(Locale.ROOT), "Added by hand in Khaos");
			}
			khaos.simulator().connect();
			PollResult poll = khaos.simulator().pollOnce();
			if (poll.rejected() != 2) {
				throw new IllegalStateException("Khaos was to refuse the 2 clashing codes, not " + poll.rejected());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not prepare the first refresh: " + ex.getMessage(), ex);
		}
		return db;
	}

	private static ConfigurableApplicationContext service(TestDatabase.Coordinates db, AkeneoSandbox akeneo,
			KhaosSandbox khaos) {
		List<String> arguments = new ArrayList<>(new InProcessCommandLine(db, akeneo).arguments());
		arguments.addAll(khaos.arguments());
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		return application.run(arguments.toArray(String[]::new));
	}

}
