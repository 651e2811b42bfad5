package com.akeneokhaos.jobs.refresh;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 2, done-when 5: a typo in the mapping file stops the application at start-up, naming the field. */
class MalformedMappingStartupTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ShortDescripton:  { attribute: name }                  | ShortDescripton
			ShortDescription: { atribute: name }                   | atribute
			BuyPrice.Net:     { attribute: cost_price, owner: sometimes } | sometimes
			""")
	void startupFailsWithAMessageNamingTheField(String brokenLine, String named) throws Exception {
		// given
		Path mapping = folder.resolve("catalogue-mapping.yml");
		Files.writeString(mapping, """
				defaults: { locale: en_GB, scope: ecommerce, currency: GBP, category-tree: master }
				fields:
				  StockCode: { attribute: sku }
				  %s
				""".formatted(brokenLine));
		TestDatabase.Coordinates db = TestDatabase.newDatabase("mapping");
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		// when / then
		assertThatThrownBy(() -> application.run("--sync.mapping-file=" + mapping,
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password()))
			.rootCause()
			.hasMessageContaining("catalogue-mapping.yml")
			.hasMessageContaining("'" + named + "'");
	}

}
