package com.akeneokhaos.khaos;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.sync.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product deleted in Akeneo is discontinued in Khaos, never deleted, after everything else the run
 * published; orders for its code then fail as Khaos makes them. A read that would retire a large share of
 * the catalogue is refused instead, and retires nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetireDeletedEndToEndTest extends KhaosServiceTestBase {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator.generate(CatalogueSpec.of(9090L, 30));

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CATALOGUE);

	static final KhaosSandbox KHAOS = KhaosSandbox.onFreePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		register(registry, "retire", AKENEO, KHAOS);
	}

	@AfterAll
	static void stopSandboxes() {
		KHAOS.close();
		AKENEO.close();
	}

	@Test
	@Order(1)
	void aDeletedProductIsDiscontinuedNotDeleted() throws Exception {
		// given
		KhaosSimulator khaos = KHAOS.simulator();
		refresh();
		khaos.pollOnce();
		String deleted = CATALOGUE.validUuids().get(3);
		String code = khaos.item(StockIds.forProduct(deleted)).orElseThrow().stockCode();
		// when
		AKENEO.simulator().removeProduct(deleted);
		JobExecution run = refresh();
		khaos.pollOnce();
		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		KhaosStockItem item = khaos.item(StockIds.forProduct(deleted)).orElseThrow();
		assertThat(item.discontinued()).isTrue();
		assertThat(khaos.wouldOrderImport(List.of(code)).ok()).isFalse();
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE item_key = ? AND status = 'DISCONTINUED'", deleted))
			.isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM sync_ledger_history WHERE item_key = ? AND event = 'DISCONTINUED'",
				deleted)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE status = 'DISCONTINUED'")).isEqualTo(1);
	}

	@Test
	@Order(2)
	void aReadThatWouldRetireMuchOfTheCatalogueIsRefused() throws Exception {
		// given
		CATALOGUE.validUuids().subList(5, 20).forEach(AKENEO.simulator()::removeProduct);
		long outboxBefore = count("SELECT COUNT(*) FROM khaos_outbox");
		// when
		JobExecution run = refresh();
		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(run.getAllFailureExceptions()).anySatisfy(
				failure -> assertThat(failure).hasMessageContaining("Refusing to discontinue 15 of 29 items"));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(outboxBefore);
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE status = 'DISCONTINUED'")).isEqualTo(1);
	}

}
