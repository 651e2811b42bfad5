package com.akeneokhaos.monitor;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the {@code akeneo} health component asks Akeneo ({@code sync.health.akeneo.*}).
 *
 * @param cacheFor how long an answer is shown before Akeneo is asked again (0: every probe asks), so that frequent
 * health probes do not load Akeneo
 * @param timeout how long the one request may take to connect and to answer; the check is not retried
 */
@Validated
@ConfigurationProperties("sync.health.akeneo")
record AkeneoHealthProperties(
		@DefaultValue("30s") @DurationMin(nanos = 0,
				message = "sync.health.akeneo.cache-for must not be negative") Duration cacheFor,
		@DefaultValue("5s") @DurationMin(nanos = 0, inclusive = false,
				message = "sync.health.akeneo.timeout must be longer than 0") Duration timeout) {

}
