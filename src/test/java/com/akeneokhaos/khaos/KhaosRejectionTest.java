package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.TestPropertySource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.PollResult;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, done-when 4: Khaos refuses an item the sync could not foresee (someone created the same code in
 * other letter case by hand in Khaos). That item is never confirmed, the other items are, and the next
 * refresh reports it as an exception that says what to look at, and counts it in its summary. Each test
 * starts from a database and simulators of its own.
 */
@TestPropertySource(properties = "sync.refresh.confirmation-grace=0s")
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class KhaosRejectionTest extends KhaosServiceTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(5150L, 40);

	@Test
	void anItemKhaosRefusesIsNeverConfirmedAndTheNextRefreshSaysWhy() throws Exception {
		// given
		GeneratedCatalogue catalogue = sandboxes.catalogue();
		String clashing = catalogue.validUuids().get(7);
		String sku = madeByHandInKhaos(clashing);
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		// when
		refresh();
		PollResult poll = khaos.pollOnce();
		RunSummary next = summaries.of(refresh().getId());
		// then
		assertThat(poll.rejected()).isEqualTo(1);
		assertThat(khaos.rejections()).singleElement()
			.satisfies(rejection -> assertThat(rejection.stockId()).isEqualTo(StockIds.forProduct(clashing)));
		assertThat(status(clashing)).isEqualTo("PUBLISHED");
		assertThat(count("SELECT COUNT(*) FROM sync_ledger WHERE status = 'CONFIRMED'"))
			.isEqualTo(catalogue.validUuids().size() - 1);
		assertThat(next.count("notConfirmedByKhaos")).isEqualTo(1);
		assertThat(next.describe()).contains("Khaos has not confirmed 1 delivered item");
		List<String> messages = jdbc
			.sql("SELECT message FROM sync_exception WHERE item_key = ? AND rule_code = 'khaos-not-confirmed' "
					+ "AND resolved_at IS NULL")
			.param(clashing)
			.query(String.class)
			.list();
		assertThat(messages).singleElement().asString().contains(sku).contains("channel's log");
	}

	@Test
	void anUnconfirmedItemIsReportedOnceNotOnEveryRun() throws Exception {
		// given
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		madeByHandInKhaos(sandboxes.catalogue().validUuids().get(7));
		refresh();
		khaos.pollOnce();
		refresh();
		// when
		refresh();
		refresh();
		// then
		assertThat(count("SELECT COUNT(*) FROM sync_exception WHERE rule_code = 'khaos-not-confirmed' "
				+ "AND resolved_at IS NULL")).isEqualTo(1);
	}

	/**
	 * Creates by hand in Khaos, before any refresh, an item with the SKU of product {@code uuid} in lower case,
	 * which makes Khaos refuse the product's item; returns that SKU.
	 */
	private String madeByHandInKhaos(String uuid) {
		String sku = sandboxes.catalogue().akeneoProduct(uuid).orElseThrow().valuesOf("sku").get(0).data()
			.asString();
		KhaosSimulator khaos = sandboxes.khaos().simulator();
		khaos.addItemByHand("HAND-1", sku.toLowerCase(Locale.ROOT), "Created by hand in Khaos");
		return sku;
	}

	private String status(String itemKey) {
		return jdbc.sql("SELECT status FROM sync_ledger WHERE item_key = ?").param(itemKey).query(String.class).single();
	}

}
