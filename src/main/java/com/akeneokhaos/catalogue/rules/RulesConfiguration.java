package com.akeneokhaos.catalogue.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;

/** The stock item validator, with the Khaos limits of {@code sync.validation.*} and the operator's mapping. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ValidationProperties.class)
public class RulesConfiguration {

	@Bean
	public StockItemValidator stockItemValidator(ValidationProperties properties, CatalogueMapping mapping) {
		return new StockItemValidator(properties, mapping);
	}

}
