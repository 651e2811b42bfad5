package com.akeneokhaos.khaos;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product deleted in Akeneo is discontinued in Khaos, never deleted, after everything else the run
 * published; orders for its code then fail as Khaos makes them. A read that would retire a large share of
 * the catalogue is refused instead, and retires nothing. Each test starts from a database and simulators of
 * its own.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class RetireDeletedEndToEndTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(9090L, 30);

	@Test
	void aDeletedProductIsDiscontinuedNotDeleted() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		String deleted = sandboxes.catalogue().validUuids().get(3);
		String code = khaos.item(StockIds.forProduct(deleted)).orElseThrow().stockCode();
		// when
		sandboxes.akeneo().simulator().removeProduct(deleted);
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
	void aReadThatWouldRetireMuchOfTheCatalogueIsRefused() throws Exception {
		// given
		KhaosSimulator khaos = synced();
		sandboxes.akeneo().simulator().removeProduct(sandboxes.catalogue().validUuids().get(3));
		refresh();
		khaos.pollOnce();
		sandboxes.catalogue().validUuids().subList(5, 20).forEach(sandboxes.akeneo().simulator()::removeProduct);
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
