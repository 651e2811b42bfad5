package com.akeneokhaos.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosSimulatorException;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.sandbox.khaos.OrderImportCheck;
import com.akeneokhaos.sandbox.khaos.PollResult;
import com.akeneokhaos.sandbox.khaos.Rejection;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.TestDatabase;

/**
 * The README's first command, end to end: starts a database (embedded MariaDB, or MySQL when Docker is
 * there) and the Akeneo simulator with a generated catalogue, starts the application as the service (web
 * server with the Khaos channel on a free local port), runs {@code catalogue-refresh} through the real CLI
 * component of that service, shows a few of the reasons products were held back, then lets the Khaos
 * Control Cloud simulator poll the channel once (ProvidedStock, then StockUpload and StockStatusUpload back)
 * and shows what Khaos took, confirmed and rejected, and whether orders for the confirmed codes would import.
 * Then it changes Akeneo the ways {@code delta-sync} must catch ({@link DeltaChangeScenario}), runs it, shows
 * what it published field by field, and lets Khaos poll again. Next, a Khaos user edits two items and makes one
 * by hand, and {@code reconciliation} reports and corrects the drift (its HTML report's path is printed), and Khaos
 * polls again. Then a merchandiser sets Akeneo up for onboarding as the README says and adds new products, disabled,
 * one of them invalid for Khaos ({@link OnboardingScenario}); {@code sku-onboarding} runs, the statuses and messages
 * Akeneo shows are printed, Khaos polls, {@code sku-onboarding} runs again and releases what Khaos confirmed (the
 * service runs with {@code sync.write-back.release.categories=web_shop}: enabled, added to {@code web_shop}); the run
 * prints each new product's status and release, and how many existing products were adopted (shown
 * {@code confirmed}, never released). Khaos polls once more and sells the released products. Last, Akeneo's Asset
 * Manager gets packshots (media links) on some of the products Khaos holds ({@link AssetScenario});
 * {@code asset-url-sync} runs (the service starts with a mapping file that has an {@code images:} section, written to
 * {@value AssetScenario#MAPPING_FILE}: the shipped one plus the packshots), Khaos polls, and the run prints how many
 * items Khaos holds with images, one item's image URLs and the downloads Akeneo served (none: only URLs are sent).
 * One asset's file is replaced and another product's packshots reordered; {@code asset-url-sync} runs again and the
 * run prints the items it sent, which must be exactly those two, and Khaos polls again.
 * <p>
 * Exits with 0 only when the refresh, the delta, the reconciliation, both onboarding runs and both asset runs
 * COMPLETED, the valid new products were released and the invalid one was not, the second asset run sent exactly the
 * two changed items, no file was downloaded, and Khaos confirmed every published item.
 * <p>
 * Options: {@code --size=N} (default 1000), {@code --defects=N} (default 25), {@code --models=N} (product
 * models with 3 variants each, default 12), {@code --seed=N}, {@code --structure-changes} (then one change
 * of each row of the structure-change table in Akeneo, a second refresh and poll, and the audit trail).
 */
public final class SandboxRun {

	static final String SUMMARY_JSON = "target/sandbox-summary.json";

	static final String DELTA_SUMMARY_JSON = "target/sandbox-delta-summary.json";

	static final String RECONCILIATION_SUMMARY_JSON = "target/sandbox-reconciliation-summary.json";

	static final String ONBOARDING_SUMMARY_JSON = "target/sandbox-onboarding-summary.json";

	static final String ASSETS_SUMMARY_JSON = "target/sandbox-assets-summary.json";

	private static final int PUBLISHED_SHOWN = 15;

	private static final int REJECTIONS_SHOWN = 10;

	private SandboxRun() {
	}

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = run(SandboxOptions.parse(args));
		}
		catch (Exception ex) {
			// System.exit also when the run breaks: the embedded database leaves a non-daemon thread behind
			ex.printStackTrace();
			exitCode = 1;
		}
		System.exit(exitCode);
	}

	private static int run(SandboxOptions options) throws Exception {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(
				CatalogueSpec.of(options.seed(), options.size())
					.withDefectsSpreadEvenly(options.defects())
					.withModels(options.models() - options.models() / 3, options.models() / 3, 3));
		TestDatabase.Coordinates db = TestDatabase.newDatabase("sandbox");
		System.out.printf("Sandbox: %d products (%d defective, %d variants of %d product models) on %s%n",
				catalogue.productCount(), catalogue.expectedRejections().size(), catalogue.modelVariantUuids().size(),
				catalogue.rootModelCodes().size(), TestDatabase.serverDescription());
		int exitCode;
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue); KhaosSandbox khaos = KhaosSandbox.onFreePort();
				ConfigurableApplicationContext service = startService(db, akeneo, khaos)) {
			System.out.printf("Service with the Khaos channel at %s%n", khaos.endpointConfigUrl());
			boolean completed = refresh(service) == 0;
			printReasons(service.getBean(JdbcClient.class));
			boolean allConfirmed = pollKhaos(khaos, service.getBean(JdbcClient.class));
			completed &= deltaSync(catalogue, akeneo, service);
			allConfirmed &= pollKhaos(khaos, service.getBean(JdbcClient.class));
			completed &= reconcile(catalogue, khaos, service);
			allConfirmed &= pollKhaos(khaos, service.getBean(JdbcClient.class));
			OnboardingScenario onboarding = new OnboardingScenario(catalogue, akeneo.simulator());
			completed &= onboard(onboarding, service);
			allConfirmed &= pollKhaos(khaos, service.getBean(JdbcClient.class));
			completed &= release(onboarding, service);
			allConfirmed &= pollKhaos(khaos, service.getBean(JdbcClient.class));
			AssetScenario assets = new AssetScenario(catalogue, akeneo.simulator(), khaos.simulator(),
					service.getBean(JdbcClient.class));
			completed &= syncAssets(assets, service);
			allConfirmed &= pollKhaos(khaos, service.getBean(JdbcClient.class));
			completed &= showImages(assets);
			completed &= resyncAssets(assets, service);
			allConfirmed &= pollKhaos(khaos, service.getBean(JdbcClient.class));
			showChangedImages(assets);
			if (options.structureChanges()) {
				completed &= changeStructures(catalogue, akeneo, service);
				allConfirmed &= pollKhaos(khaos, service.getBean(JdbcClient.class));
			}
			exitCode = (completed && allConfirmed) ? 0 : 1;
			System.out.printf("Sandbox result: refresh, delta-sync, reconciliation, sku-onboarding and asset-url-sync "
					+ "%s, %s -> exit code %d%n",
					completed ? "COMPLETED, the valid new SKUs released and the invalid one not, exactly the changed "
							+ "images sent again and no file downloaded"
							: "did not all complete, or the new SKUs were not released, or the images not sent, as "
									+ "expected",
					allConfirmed ? "Khaos confirmed every published item" : "NOT every published item is confirmed",
					exitCode);
		}
		return exitCode;
	}

	/**
	 * The application as the service: web server on the sandbox port, no CLI command; releasing an onboarded product
	 * enables it (the default) and adds it to {@code web_shop}; the mapping file is the shipped one plus an
	 * {@code images:} section ({@link AssetScenario#writeMapping()}), which only {@code asset-url-sync} reads.
	 */
	private static ConfigurableApplicationContext startService(TestDatabase.Coordinates db, AkeneoSandbox akeneo,
			KhaosSandbox khaos) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password()));
		arguments.addAll(akeneo.arguments());
		arguments.addAll(khaos.arguments());
		arguments.add("--sync.write-back.release.categories=" + OnboardingScenario.WEB_SHOP);
		arguments.add("--sync.mapping-file=" + AssetScenario.writeMapping());
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		return application.run(arguments.toArray(String[]::new));
	}

	/**
	 * {@code run catalogue-refresh --summary-json=...} through the service's own CLI component, which prints
	 * the summary and writes the JSON exactly as the command line does; returns the CLI's exit code.
	 */
	private static int refresh(ConfigurableApplicationContext service) throws Exception {
		return command(service, "run", "catalogue-refresh", "--summary-json=" + SUMMARY_JSON);
	}

	private static int command(ConfigurableApplicationContext service, String... words) throws Exception {
		ApplicationRunner cli = service.getBean("commandLineJobs", ApplicationRunner.class);
		cli.run(new DefaultApplicationArguments(words));
		return ((ExitCodeGenerator) cli).getExitCode();
	}

	/**
	 * Changes Akeneo the ways a delta must catch (some of them invisible to products' {@code updated} dates),
	 * runs {@code delta-sync} through the CLI and prints what it published, field by field.
	 */
	private static boolean deltaSync(GeneratedCatalogue catalogue, AkeneoSandbox akeneo,
			ConfigurableApplicationContext service) throws Exception {
		System.out.println("Changes made in Akeneo for delta-sync:");
		new DeltaChangeScenario(catalogue, akeneo.simulator()).apply().forEach(line -> System.out.println("  " + line));
		boolean completed = command(service, "run", "delta-sync", "--summary-json=" + DELTA_SUMMARY_JSON) == 0;
		JdbcClient jdbc = service.getBean(JdbcClient.class);
		long execution = lastExecution(jdbc, "delta-sync");
		System.out.println("What delta-sync published (what Khaos had before -> what it gets now):");
		PublishedChanges.of(jdbc, execution, PUBLISHED_SHOWN).forEach(line -> System.out.println("  " + line));
		return completed;
	}

	/**
	 * Sets Akeneo up for onboarding and adds new products ({@link OnboardingScenario}), runs {@code sku-onboarding}
	 * through the CLI and prints the status and message Akeneo now shows of each new product.
	 */
	private static boolean onboard(OnboardingScenario onboarding, ConfigurableApplicationContext service)
			throws Exception {
		System.out.println("Onboarding set up and new products added in Akeneo:");
		onboarding.apply().forEach(line -> System.out.println("  " + line));
		boolean completed = command(service, "run", "sku-onboarding", "--summary-json=" + ONBOARDING_SUMMARY_JSON) == 0;
		System.out.println("What Akeneo shows of the new products (khaos_status, khaos_message):");
		onboarding.statuses().forEach(line -> System.out.println("  " + line));
		return completed;
	}

	/**
	 * Once Khaos has polled: runs {@code sku-onboarding} again, which releases what Khaos confirmed, and prints each
	 * new product's status and release and how many existing products were adopted; true when the run COMPLETED, the
	 * valid new products were released and the invalid one was not.
	 */
	private static boolean release(OnboardingScenario onboarding, ConfigurableApplicationContext service)
			throws Exception {
		boolean completed = command(service, "run", "sku-onboarding", "--summary-json=" + ONBOARDING_SUMMARY_JSON) == 0;
		System.out.println("The new products once Khaos confirmed them and sku-onboarding ran again:");
		onboarding.releases().forEach(line -> System.out.println("  " + line));
		boolean asExpected = onboarding.releasedAsExpected();
		System.out.println("  " + (asExpected ? "the valid ones are released, the invalid one is not"
				: "NOT as expected: every valid one should be confirmed, enabled and in " + OnboardingScenario.WEB_SHOP
						+ ", the invalid one rejected and not released"));
		JdbcClient jdbc = service.getBean(JdbcClient.class);
		System.out.printf("  %d existing product(s) adopted: they show confirmed and are never released "
				+ "(table sync_onboarding, state ADOPTED); %d released in all%n",
				count(jdbc, "SELECT COUNT(*) FROM sync_onboarding WHERE state = 'ADOPTED'"),
				count(jdbc, "SELECT COUNT(*) FROM sync_onboarding WHERE state = 'RELEASED'"));
		System.out.println("Summary as JSON: " + ONBOARDING_SUMMARY_JSON);
		return completed && asExpected;
	}

	/**
	 * Gives products packshots in Akeneo ({@link AssetScenario}) and runs {@code asset-url-sync} through the CLI.
	 */
	private static boolean syncAssets(AssetScenario assets, ConfigurableApplicationContext service) throws Exception {
		System.out.println("Packshots given in Akeneo's Asset Manager for asset-url-sync:");
		assets.givePackshots().forEach(line -> System.out.println("  " + line));
		return command(service, "run", "asset-url-sync", "--summary-json=" + ASSETS_SUMMARY_JSON) == 0;
	}

	/** Once Khaos has polled: the items it holds with images, an example, and the downloads (true when none). */
	private static boolean showImages(AssetScenario assets) {
		System.out.println("The images in Khaos once it polled (URLs only, no file sent):");
		assets.imagesInKhaos().forEach(line -> System.out.println("  " + line));
		return assets.downloads() == 0;
	}

	/**
	 * Replaces one asset's file and reorders another product's packshots, runs {@code asset-url-sync} again and prints
	 * what it sent; true when it COMPLETED, sent exactly the two changed items and nothing was downloaded.
	 */
	private static boolean resyncAssets(AssetScenario assets, ConfigurableApplicationContext service)
			throws Exception {
		System.out.println("Image changes made in Akeneo:");
		assets.changeImages().forEach(line -> System.out.println("  " + line));
		boolean completed = command(service, "run", "asset-url-sync", "--summary-json=" + ASSETS_SUMMARY_JSON) == 0;
		long execution = lastExecution(service.getBean(JdbcClient.class), "asset-url-sync");
		System.out.println("What the second asset-url-sync sent (table khaos_outbox):");
		assets.sent(execution).forEach(line -> System.out.println("  " + line));
		boolean exactly = assets.sentExactlyTheChanged(execution);
		long downloads = assets.downloads();
		System.out.printf("  %s (its window starts sync.assets.overlap before the first run started, so it read "
				+ "every product the sandbox touched; only image lists that changed are sent); download requests the "
				+ "Akeneo simulator served: %d%n",
				exactly ? "exactly the two changed items" : "NOT exactly the two changed items", downloads);
		System.out.println("Summary as JSON: " + ASSETS_SUMMARY_JSON);
		return completed && exactly && downloads == 0;
	}

	/** Once Khaos has polled again: the two changed items' images as it holds them. */
	private static void showChangedImages(AssetScenario assets) {
		System.out.println("The changed items' images in Khaos once it polled:");
		assets.changedInKhaos().forEach(line -> System.out.println("  " + line));
	}

	/** Applies one change of each structure-change row in Akeneo, refreshes again and prints the audit trail. */
	private static boolean changeStructures(GeneratedCatalogue catalogue, AkeneoSandbox akeneo,
			ConfigurableApplicationContext service) throws Exception {
		System.out.println("Structure changes made in Akeneo:");
		new StructureChangeScenario(catalogue, akeneo.simulator()).apply().forEach(line -> System.out.println("  " + line));
		boolean completed = refresh(service) == 0;
		System.out.println("What the refresh decided (table sync_ledger_history):");
		service.getBean(JdbcClient.class)
			.sql("SELECT event, detail FROM sync_ledger_history WHERE (event IN ('STRUCTURE_CHANGED', 'DISCONTINUED') "
					+ "OR detail LIKE '%stock code changed%') "
					+ "AND job_execution_id = (SELECT MAX(job_execution_id) FROM sync_ledger_history) ORDER BY id")
			.query((rs, n) -> "  [%s] %s".formatted(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(System.out::println);
		return completed;
	}

	/**
	 * A Khaos user types over a description and a buy price and makes an item by hand; Khaos uploads them;
	 * {@code reconciliation} then finds every difference, corrects what Akeneo owns and writes its report.
	 */
	private static boolean reconcile(GeneratedCatalogue catalogue, KhaosSandbox khaos,
			ConfigurableApplicationContext service) throws Exception {
		KhaosSimulator simulator = khaos.simulator();
		List<String> stockIds = catalogue.validUuids().stream().map(StockIds::forProduct)
			.filter(id -> simulator.item(id).isPresent())
			.limit(2)
			.toList();
		System.out.println("Changes made in Khaos for reconciliation:");
		simulator.editItem(stockIds.get(0), item -> item.put("ShortDescription", "Typed over in Khaos"));
		System.out.println("  item " + stockIds.get(0) + ": ShortDescription typed over (Akeneo owns it)");
		simulator.editItem(stockIds.get(1), item -> item.withObject("/BuyPrice").put("Net", 1.23));
		System.out.println("  item " + stockIds.get(1) + ": BuyPrice changed (Khaos owns it after creation)");
		simulator.addItemByHand("K-SANDBOX-1", "MADE-IN-KHAOS", "Made by hand in Khaos");
		System.out.println("  item K-SANDBOX-1 made by hand in Khaos");
		simulator.pollOnce();
		return command(service, "run", "reconciliation", "--summary-json=" + RECONCILIATION_SUMMARY_JSON) == 0;
	}

	private static void printReasons(JdbcClient jdbc) {
		System.out.println("Some of the reasons products were held back (table sync_exception):");
		jdbc.sql("SELECT rule_code, sku, message FROM sync_exception ORDER BY id LIMIT 12")
			.query((rs, n) -> "  [%s] SKU '%s': %s".formatted(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(System.out::println);
		System.out.println("Summary as JSON: " + SUMMARY_JSON);
	}

	/** One KCC poll cycle; prints what Khaos took, confirmed and rejected; true when all published are confirmed. */
	private static boolean pollKhaos(KhaosSandbox khaos, JdbcClient jdbc) {
		KhaosSimulator simulator = khaos.simulator();
		System.out.println("Khaos Control Cloud (simulator) polls the channel once:");
		PollResult poll;
		try {
			simulator.connect();
			poll = simulator.pollOnce();
		}
		catch (KhaosSimulatorException ex) {
			System.out.println("  the poll failed: " + ex.getMessage());
			return false;
		}
		System.out.printf("  took %d items in %d page(s) (%d ProvidedStock requests): %d applied, %d rejected; "
				+ "Khaos now holds %d stock items%s%n", poll.applied() + poll.rejected(), poll.pages(), poll.requests(),
				poll.applied(), poll.rejected(), simulator.items().size(),
				(poll.failedUploads() > 0) ? "; " + poll.failedUploads() + " uploads FAILED after retries" : "");
		long mirrored = count(jdbc, "SELECT COUNT(*) FROM khaos_mirror_item WHERE NOT deleted");
		long confirmed = count(jdbc, "SELECT COUNT(*) FROM sync_ledger WHERE status = 'CONFIRMED'");
		long unconfirmed = count(jdbc, "SELECT COUNT(*) FROM sync_ledger WHERE status = 'PUBLISHED'");
		System.out.printf("  mirror holds %d items; ledger: %d CONFIRMED, %d published but not confirmed%n", mirrored,
				confirmed, unconfirmed);
		List<Rejection> rejections = simulator.rejections();
		Map<String, Long> reasons = rejections.stream()
			.collect(Collectors.groupingBy(Rejection::reason, TreeMap::new, Collectors.counting()));
		System.out.printf("  Khaos rejected %d item(s)%s%n", rejections.size(),
				rejections.isEmpty() ? "" : " (" + reasons.entrySet()
					.stream()
					.map(e -> e.getKey() + ": " + e.getValue())
					.collect(Collectors.joining(", ")) + "), for example:");
		rejections.stream()
			.limit(REJECTIONS_SHOWN)
			.forEach(r -> System.out.printf("    StockCode '%s' (StockID %s): %s%n", r.stockCode(), r.stockId(),
					r.reason()));
		if (rejections.size() > REJECTIONS_SHOWN) {
			System.out.printf("    ... and %d more%n", rejections.size() - REJECTIONS_SHOWN);
		}
		List<String> codes = simulator.items().values().stream().filter(item -> !item.discontinued())
			.map(KhaosStockItem::stockCode)
			.toList();
		long discontinued = simulator.items().size() - codes.size();
		OrderImportCheck orders = simulator.wouldOrderImport(codes);
		System.out.printf("  %d item(s) discontinued in Khaos (disabled in Akeneo, or retired): orders for them fail%n",
				discontinued);
		System.out.printf("  orders for all %d other stock codes would import: %s%n", codes.size(),
				orders.ok() ? "yes"
						: "NO (unknown: %s, discontinued: %s)".formatted(firstFew(orders.unknownCodes()),
								firstFew(orders.discontinuedCodes())));
		return unconfirmed == 0 && poll.failedUploads() == 0;
	}

	/** The id of the job's latest execution. */
	private static long lastExecution(JdbcClient jdbc, String jobName) {
		return jdbc.sql("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?").param(jobName).query(Long.class).single();
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String firstFew(List<String> codes) {
		return (codes.size() <= 5) ? codes.toString() : codes.subList(0, 5) + " and " + (codes.size() - 5) + " more";
	}

	record SandboxOptions(int size, int defects, long seed, int models, boolean structureChanges) {

		static SandboxOptions parse(String... args) {
			int size = 1000;
			int defects = 25;
			long seed = 20261128L;
			int models = 12;
			boolean structureChanges = false;
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
				else if (arg.startsWith("--models=")) {
					models = Integer.parseInt(value);
				}
				else if (arg.equals("--structure-changes")) {
					structureChanges = true;
				}
			}
			return new SandboxOptions(size, Math.min(defects, size), seed, Math.max(0, models), structureChanges);
		}

	}

}
