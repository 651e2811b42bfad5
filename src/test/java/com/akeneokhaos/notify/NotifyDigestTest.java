package com.akeneokhaos.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The merchandisers' digest by e-mail (GreenMail): it lists exactly the exceptions that are new since the last
 * digest, grouped by rule, each with its SKU, its sentence and the product's page in Akeneo; a digest with nothing
 * new is not sent (a refresh that finds the same problems again is nothing new).
 */
@TestPropertySource(properties = { "sync.notify.email.enabled=true", "sync.notify.email.from=sync@example.test",
		"sync.notify.email.to=merch@example.test" })
class NotifyDigestTest extends NotifyTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1919L, 200).withDefectsSpreadEvenly(10);

	@RegisterExtension
	static final GreenMailExtension SMTP = TestSmtp.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestSmtp.register(registry, SMTP);
	}

	@Autowired
	Digest digest;

	@Autowired
	Notifier notifier;

	@Test
	void theDigestListsExactlyTheNewExceptionsByRuleAndNothingNewSendsNothing() throws Exception {
		// given
		assertThat(refresh().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, List<String>> open = openSkusByRule();
		assertThat(open).hasSizeGreaterThan(2);
		// when
		String first = digestAt("2026-11-30T07:00:00Z", 1);
		// then
		int items = open.values().stream().mapToInt(List::size).sum();
		assertThat(first).startsWith("Since the last digest, these products were held back from Khaos.");
		open.forEach((rule, skus) -> {
			assertThat(first).contains("\n" + rule + " (" + skus.size() + ")\n");
			skus.forEach(sku -> assertThat(first).contains("- " + sku + ": "));
		});
		assertThat(first.lines().filter(line -> line.startsWith("- "))).hasSize(items);
		assertThat(first).contains(akeneo().baseUrl() + "/#/enrich/product/")
			.contains(CONSOLE + "/console/exceptions?state=open");
		assertThat(SMTP.getReceivedMessages()[0].getSubject()).endsWith(items + " new item(s) held back from Khaos");

		// given: the same problems found again
		assertThat(refresh().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// when
		boolean sent = digest.compose(Instant.parse("2026-11-30T08:00:00Z")).map(notifier::notify).isPresent();
		// then
		assertThat(sent).isFalse();
		assertThat(notifications()).containsExactly("email DIGEST SENT 1");

		// given: one product newly broken
		String uuid = catalogue().validUuids().get(0);
		String sku = akeneo().updateProduct(uuid, product -> ((ObjectNode) product.get("values")).remove("name"))
			.at("/values/sku/0/data")
			.asString();
		assertThat(refresh().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// when
		String second = digestAt("2026-11-30T09:00:00Z", 2);
		// then
		assertThat(second.lines().filter(line -> line.startsWith("- "))).singleElement()
			.satisfies(line -> assertThat(line).startsWith("- " + sku + ": ").endsWith("/#/enrich/product/" + uuid));
		assertThat(second).contains("\nshort-description-missing (1)\n");
	}

	/** Composes and records the digest of this firing, and reads the e-mail it becomes. */
	private String digestAt(String firing, int emails) throws Exception {
		digest.compose(Instant.parse(firing)).ifPresent(notifier::notify);
		await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == emails);
		MimeMessage message = SMTP.getReceivedMessages()[emails - 1];
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	/** Per rule, the SKU of each item with an open exception of it (twins in SKU count once each). */
	private Map<String, List<String>> openSkusByRule() {
		Map<String, List<String>> open = new TreeMap<>();
		jdbc.sql("SELECT rule_code, item_key, MAX(COALESCE(sku, item_key)) FROM sync_exception WHERE resolved_at IS NULL "
				+ "GROUP BY rule_code, item_key ORDER BY 1, 3")
			.query((rs, row) -> open.computeIfAbsent(rs.getString(1), rule -> new ArrayList<>()).add(rs.getString(3)))
			.list();
		return open;
	}

}
