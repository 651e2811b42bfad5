package com.akeneokhaos.jobs.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.KillableCommandLine;
import com.akeneokhaos.support.TestDatabase;

/**
 * Restart is exact for asset-url-sync after a real crash: the CLI runs it in a JVM of its own that is SIGKILLed
 * mid-run, then {@code restart ID --after-crash} finishes it. Every product Khaos holds gets exactly one image entry
 * across both executions, and a run afterwards finds nothing left to send.
 */
class AssetUrlSyncKillTest {

	private static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1303L, 600);

	private static final long KILL_FROM_ENTRIES = 150;

	@TempDir
	Path folder;

	@Test
	void anAssetSyncKilledMidRunAndRestartedSendsEachProductsImagesOnce() throws Exception {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(CATALOGUE);
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(catalogue)) {
			// given a catalogue Khaos holds, three packshots per product
			KillableCommandLine cli = new KillableCommandLine(TestDatabase.newDatabase("assets_kill"), akeneo,
					List.of("--sync.assets.chunk-size=20", "--sync.mapping-file=" + mappingWithPackshots()));
			assertThat(cli.run("run", "catalogue-refresh")).isZero();
			akeneo.simulator().givePackshots(catalogue.uuids(), 3);

			// when
			akeneo.simulator().delayResponses(Duration.ofMillis(60));
			long entriesBeforeKill = cli.runInChildAndKill(AssetUrlSyncJobConfiguration.JOB_NAME, KILL_FROM_ENTRIES,
					folder.resolve("assets-child.log"));
			long killed = cli.lastExecutionOf(AssetUrlSyncJobConfiguration.JOB_NAME);
			String statusAfterKill = cli.statusOf(killed);
			akeneo.simulator().clearFaults();
			int restartExitCode = cli.run("restart", String.valueOf(killed), "--after-crash");
			Map<String, List<String>> sent = cli.payloadsByStockId(AssetUrlSyncJobConfiguration.JOB_NAME);
			long runAfterwards = cli.entriesOfARun(AssetUrlSyncJobConfiguration.JOB_NAME);

			// then
			long heldByKhaos = cli.jdbc()
				.sql("SELECT COUNT(*) FROM sync_ledger WHERE item_key = akeneo_uuid AND status <> 'DISCONTINUED'")
				.query(Long.class)
				.single();
			assertThat(entriesBeforeKill).isBetween(KILL_FROM_ENTRIES, heldByKhaos - 1);
			assertThat(statusAfterKill).isEqualTo("STARTED");
			assertThat(restartExitCode).isZero();
			assertThat(sent).hasSize((int) heldByKhaos).allSatisfy((stockId, payloads) -> assertThat(payloads).hasSize(1));
			assertThat(runAfterwards).isZero();
			assertThat(akeneo.simulator().downloadRequests()).isZero();
		}
	}

	private Path mappingWithPackshots() {
		try {
			Path file = folder.resolve("catalogue-mapping.yml");
			Files.writeString(file, Files.readString(Path.of("jobs/catalogue-mapping.yml")) + "\n" + AssetSyncTestBase.PACKSHOTS);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
