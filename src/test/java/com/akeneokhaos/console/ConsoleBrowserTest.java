package com.akeneokhaos.console;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium, as operators and merchandisers use it: log in, see a failed run, restart it
 * and see it complete; filter the exceptions by rule and export them; open a reconciliation's drift report. Each
 * test has a service, database and simulators of its own; each saves a screenshot of what it ends on.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class ConsoleBrowserTest extends ConsoleTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(2828L, 300).withDefectsSpreadEvenly(15);

	@Test
	void anOperatorSeesAFailedRunRestartsItAndSeesItComplete() throws Exception {
		try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
			// given
			akeneo().failProductPagesFrom(3, 500);
			browser.logIn(ADMIN, ADMIN_PASSWORD);
			assertThat(browser.path()).isEqualTo("/console");
			// when
			browser.click("#start-catalogue-refresh");
			String failedPage = browser.path();
			String failed = browser.reloadUntil("#execution-status", status -> !RUNNING.contains(status));
			// then
			assertThat(failed).isEqualTo("FAILED");
			String failedId = failedPage.substring(failedPage.lastIndexOf('/') + 1);
			browser.go("/console/executions").choose("status", "FAILED").click("form.filters button[type=submit]");
			assertThat(browser.text("#execution-" + failedId)).contains("catalogue-refresh", "FAILED");

			// when
			akeneo().clearFaults();
			browser.go(failedPage).click("#restart");
			// then
			assertThat(browser.text(".notice")).startsWith("Restarted execution " + failedId);
			assertThat(browser.path()).isNotEqualTo(failedPage);
			assertThat(browser.reloadUntil("#execution-status", status -> !RUNNING.contains(status)))
				.isEqualTo("COMPLETED");
			int valid = catalogue().validUuids().size();
			assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(valid);
			assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox")).isEqualTo(valid);
			browser.go("/console");
			assertThat(browser.text("#job-catalogue-refresh")).contains("COMPLETED");
			assertThat(browser.text("#outbox-pending")).isEqualTo(String.valueOf(valid));
			assertThat(browser.all("svg.chart rect.items")).hasSize(2);
			browser.screenshot("dashboard");
		}
	}

	@Test
	void aMerchandiserFiltersTheExceptionsByRuleAndExportsThem() throws Exception {
		// given
		assertThat(refresh().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String rule = jdbc.sql("SELECT rule_code FROM sync_exception GROUP BY rule_code ORDER BY COUNT(*) DESC, rule_code LIMIT 1")
			.query(String.class)
			.single();
		long ofRule = count("SELECT COUNT(*) FROM sync_exception WHERE rule_code = ?", rule);
		assertThat(count("SELECT COUNT(DISTINCT rule_code) FROM sync_exception")).isGreaterThan(1);
		try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
			browser.logIn(VIEWER, VIEWER_PASSWORD).go("/console/exceptions");
			assertThat(browser.all("#exceptions tbody tr")).hasSize((int) count("SELECT COUNT(*) FROM sync_exception"));
			// when
			browser.choose("rule", rule).click("form.filters button[type=submit]");
			// then
			List<WebElement> rows = browser.all("#exceptions tbody tr");
			assertThat(rows).hasSize((int) ofRule);
			assertThat(rows).allSatisfy(row -> {
				assertThat(row.getAttribute("data-rule")).isEqualTo(rule);
				assertThat(row.findElement(org.openqa.selenium.By.cssSelector("td.message")).getText()).isNotBlank();
			});
			assertThat(browser.all("#exceptions a[href*='/#/enrich/product/']")).hasSize((int) ofRule);
			assertThat(browser.all("#exceptions a[href*='/#/enrich/product/']").get(0).getAttribute("href"))
				.startsWith(akeneo().baseUrl());
			String csvLink = browser.all("#csv").get(0).getAttribute("href");
			assertThat(csvLink).contains("rule=" + rule);
			browser.screenshot("exceptions");
			// when
			HttpResponse<String> csv = viewer().get(csvLink.substring(csvLink.indexOf("/console")));
			// then
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
			List<String> lines = csv.body().lines().toList();
			assertThat(lines.get(0)).isEqualTo(ExceptionsCsv.HEADER);
			assertThat(lines).hasSize((int) ofRule + 1);
			assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains("," + rule + ","));
		}
	}

	@Test
	void anOperatorOpensTheDriftReportOfAReconciliation() throws Exception {
		// given
		assertThat(refresh().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		khaos().pollOnce();
		Map<String, Object> item = jdbc.sql("SELECT khaos_stock_id, khaos_stock_code FROM sync_ledger "
				+ "WHERE kind = 'SIMPLE' AND status = 'CONFIRMED' ORDER BY item_key LIMIT 1").query().singleRow();
		khaos().editItem((String) item.get("khaos_stock_id"), edited -> edited.put("ShortDescription", "Typed over in Khaos"));
		khaos().pollOnce();
		try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
			browser.logIn(ADMIN, ADMIN_PASSWORD);
			browser.click("#start-reconciliation");
			assertThat(browser.reloadUntil("#execution-status", status -> !RUNNING.contains(status)))
				.isEqualTo("COMPLETED");
			// when
			browser.go("/console/drift").click("#drift-reports tbody tr a");
			// then
			assertThat(browser.title()).startsWith("Drift report");
			List<WebElement> rows = browser.all("#drift-items tbody tr");
			assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains((String) item.get("khaos_stock_code"))
				.contains("Typed over in Khaos"));
			assertThat(rows).hasSize((int) count("SELECT COUNT(*) FROM sync_drift_item"));
			browser.screenshot("drift-report");
		}
	}

	@Test
	void theLoginPageIsWhereAnAnonymousVisitorLands() throws IOException {
		try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
			// when
			browser.go("/console/executions");
			// then
			assertThat(browser.path()).isEqualTo("/console/login");
			assertThat(browser.all("label[for=username]")).hasSize(1);
			assertThat(browser.all("label[for=password]")).hasSize(1);
			// when
			browser.logIn(ADMIN, ADMIN_PASSWORD);
			// then: back where the visitor wanted to go
			assertThat(browser.path()).isEqualTo("/console/executions");
		}
	}

}
