package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.akeneokhaos.catalogue.rules.RulesConfiguration;
import com.akeneokhaos.catalogue.rules.StockItemValidator;
import com.akeneokhaos.catalogue.rules.ValidationProperties;

class MappingConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(MappingConfiguration.class, RulesConfiguration.class);

	@Test
	void loadsTheShippedMappingByDefault() {
		// when / then
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(CatalogueMapping.class).origin()).isEqualTo("jobs/catalogue-mapping.yml");
			assertThat(context).hasSingleBean(StockItemValidator.class);
			assertThat(context.getBean(ValidationProperties.class)).isEqualTo(ValidationProperties.defaults());
		});
	}

	@Test
	void failsStartUpOnATypoNamingTheFileAndField(@TempDir Path directory) throws IOException {
		// given
		Path file = directory.resolve("catalogue-mapping.yml");
		Files.writeString(file, TestMappings.yamlWith("ShortDescripton: { attribute: name }"));

		// when / then
		runner.withPropertyValues("sync.mapping-file=" + file).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(MappingException.class)
				.hasMessageContaining("catalogue-mapping.yml: field 'ShortDescripton' is not a Khaos StockItem field");
		});
	}

	@Test
	void bindsTheValidationLimits() {
		// when / then
		runner
			.withPropertyValues("sync.validation.stock-code-max-length=20", "sync.validation.stock-code-pattern=[A-Z0-9]+")
			.run(context -> {
				ValidationProperties properties = context.getBean(ValidationProperties.class);
				assertThat(properties.stockCodeMaxLength()).isEqualTo(20);
				assertThat(properties.stockCodePattern()).isEqualTo("[A-Z0-9]+");
				assertThat(properties.shortDescriptionMaxLength()).isEqualTo(250);
			});
	}

	@Test
	void failsStartUpOnABadStockCodePattern() {
		// when / then
		runner.withPropertyValues("sync.validation.stock-code-pattern=[A-Z").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("stock-code-pattern");
		});
	}

}
