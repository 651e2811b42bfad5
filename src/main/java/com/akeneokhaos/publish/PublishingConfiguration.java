package com.akeneokhaos.publish;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.akeneo.AkeneoClient;

/** What every publishing job shares within one of its runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChunkMappingProperties.class)
class PublishingConfiguration {

	/** The threads every publishing step maps its chunks on; stopped with the application. */
	@Bean
	ChunkMapping chunkMapping(ChunkMappingProperties properties) {
		return new ChunkMapping(properties.threadsHere());
	}

	/** Reference data read once per run and shared by its steps. */
	@Bean
	@JobScope
	RunReferenceData runReferenceData(AkeneoClient akeneoClient) {
		return new RunReferenceData(akeneoClient);
	}

}
