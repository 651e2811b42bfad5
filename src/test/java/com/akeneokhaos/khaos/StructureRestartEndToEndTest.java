package com.akeneokhaos.khaos;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sync.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, done-when 4: the run fails after the SCS parents' chunk was committed and before any child's;
 * Khaos may take the parents meanwhile. The restart publishes the children without publishing any parent
 * again: no orphan child, no duplicate parent.
 */
class StructureRestartEndToEndTest extends KhaosServiceTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(1201L, 30).withModels(2, 2, 3));

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CATALOGUE);

	static final KhaosSandbox KHAOS = KhaosSandbox.onFreePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		register(registry, "structure_restart", AKENEO, KHAOS);
		registry.add("akeneo.retry.max-retries", () -> "1");
	}

	@AfterAll
	static void stopSandboxes() {
		KHAOS.close();
		AKENEO.close();
	}

	@Test
	void aRestartBetweenParentsAndChildrenEndsWithEveryChildUnderItsOneParent() throws Exception {
		// given
		KhaosSimulator khaos = KHAOS.simulator();
		AKENEO.simulator().failProductPagesFrom(1, 503);
		// when
		JobExecution failed = refresh();
		khaos.pollOnce();
		long parentsBeforeRestart = count("SELECT COUNT(*) FROM khaos_outbox WHERE relationship LIKE '%SCSParent%'");
		AKENEO.simulator().clearFaults();
		JobExecution restarted = jobOperator.restart(failed);
		khaos.pollOnce();
		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(parentsBeforeRestart).isEqualTo(CATALOGUE.rootModelCodes().size());
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE relationship LIKE '%SCSParent%'"))
			.isEqualTo(parentsBeforeRestart);
		assertThat(khaos.rejections()).isEmpty();
		for (String root : CATALOGUE.rootModelCodes()) {
			for (String uuid : CATALOGUE.variantUuidsOf(root)) {
				assertThat(khaos.item(StockIds.forProduct(uuid)).orElseThrow().parentStockId())
					.contains(StockIds.forModel(root));
			}
		}
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox"));
	}

}
