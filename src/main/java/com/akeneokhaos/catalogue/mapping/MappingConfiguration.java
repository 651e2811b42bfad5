package com.akeneokhaos.catalogue.mapping;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * Loads the operator's mapping file ({@code sync.mapping-file}, default {@code jobs/catalogue-mapping.yml}
 * relative to the working directory) when the application starts, so a typo stops start-up with a message
 * naming the file and the field. The mapper itself is built per run, from that run's Akeneo reference data.
 */
@Configuration(proxyBeanMethods = false)
class MappingConfiguration {

	public static final String DEFAULT_MAPPING_FILE = "jobs/catalogue-mapping.yml";

	@Bean
	public CatalogueMapping catalogueMapping(
			@Value("${sync.mapping-file:" + DEFAULT_MAPPING_FILE + "}") String mappingFile) {
		return CatalogueMapping.load(Path.of(mappingFile));
	}

}
