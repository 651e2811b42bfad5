package com.akeneokhaos.khaos;

import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.support.DatabaseProperties;

/**
 * The service with its Khaos channel on the port a {@link KhaosSandbox} chose, a database of its own and
 * an Akeneo sandbox: what each end-to-end scenario with the KCC simulator starts from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class KhaosServiceTestBase {

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job catalogueRefreshJob;

	@Autowired
	JdbcClient jdbc;

	static void register(DynamicPropertyRegistry registry, String purpose, AkeneoSandbox akeneo, KhaosSandbox khaos) {
		DatabaseProperties.register(registry, purpose);
		akeneo.properties().forEach(p -> registry.add(p[0], () -> p[1]));
		khaos.properties().forEach(p -> registry.add(p[0], () -> p[1]));
	}

	JobExecution refresh() throws Exception {
		return jobOperator.start(catalogueRefreshJob,
				new JobParametersBuilder().addLong("run.id", System.nanoTime()).toJobParameters());
	}

	/**
	 * The stock codes a web shop could order: the SCS parents, and the present Khaos item (the ledger's
	 * StockID for it) of every enabled Akeneo product. A disabled product is discontinued in Khaos, and a
	 * replaced item's old one too, so orders for them rightly fail.
	 */
	List<String> orderableCodes(KhaosSimulator khaos, AkeneoSandbox akeneo) {
		Set<String> present = Set.copyOf(jdbc.sql("SELECT khaos_stock_id FROM sync_ledger WHERE item_key NOT LIKE 'replaced:%'")
			.query(String.class)
			.list());
		return khaos.items().values().stream()
			.filter(item -> present.contains(item.stockId()) && orderable(akeneo, item.stockId()))
			.map(KhaosStockItem::stockCode)
			.toList();
	}

	/** An SCS parent, or the item of an enabled Akeneo product. */
	static boolean orderable(AkeneoSandbox akeneo, String stockId) {
		if (!stockId.startsWith("P-")) {
			return true;
		}
		String uuid = stockId.substring(2, 38);
		return akeneo.simulator().product(uuid).map(p -> p.path("enabled").asBoolean(true)).orElse(false);
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
