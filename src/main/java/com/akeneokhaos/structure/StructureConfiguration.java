package com.akeneokhaos.structure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the structure-change settings every job shares. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StructureProperties.class)
class StructureConfiguration {

}
