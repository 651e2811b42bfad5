package com.akeneokhaos.monitor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * What operators watch the suite through: health components ({@code akeneo}, {@code jobs}, {@code khaosConfirmations}),
 * the run and outbox metrics, and the progress lines of running executions. Nothing here changes what a job does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AkeneoHealthProperties.class, ProgressProperties.class })
class MonitorConfiguration {

}
