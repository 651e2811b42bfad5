package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.PollResult;
import com.akeneokhaos.report.RunSummaries;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.structure.StockIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, done-when 4: Khaos refuses an item the sync could not foresee (someone created the same code in
 * other letter case by hand in Khaos). That item is never confirmed, the other items are, and the next
 * refresh reports it as an exception that says what to look at, and counts it in its summary.
 */
@TestPropertySource(properties = "sync.refresh.confirmation-grace=0s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KhaosRejectionTest extends KhaosServiceTestBase {

	static final Sandboxes SANDBOXES = Sandboxes.start(CatalogueSpec.of(5150L, 40));


	@Autowired
	RunSummaries summaries;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		SANDBOXES.register(registry, "khaos_rejection");
	}

	@AfterAll
	static void stopSandboxes() {
		SANDBOXES.close();
	}

	@Test
	@Order(1)
	void anItemKhaosRefusesIsNeverConfirmedAndTheNextRefreshSaysWhy() throws Exception {
		// given
		GeneratedCatalogue catalogue = SANDBOXES.catalogue();
		String clashing = catalogue.validUuids().get(7);
		String sku = catalogue.akeneoProduct(clashing).orElseThrow().valuesOf("sku").get(0).data().asString();
		KhaosSimulator khaos = SANDBOXES.khaos().simulator();
		khaos.addItemByHand("HAND-1", sku.toLowerCase(Locale.ROOT), "Created by hand in Khaos");
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
	@Order(2)
	void anUnconfirmedItemIsReportedOnceNotOnEveryRun() throws Exception {
		// when
		refresh();
		refresh();
		// then
		assertThat(count("SELECT COUNT(*) FROM sync_exception WHERE rule_code = 'khaos-not-confirmed' "
				+ "AND resolved_at IS NULL")).isEqualTo(1);
	}


	private String status(String itemKey) {
		return jdbc.sql("SELECT status FROM sync_ledger WHERE item_key = ?").param(itemKey).query(String.class).single();
	}


}
