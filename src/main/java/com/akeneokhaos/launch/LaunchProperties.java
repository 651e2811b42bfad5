package com.akeneokhaos.launch;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How runs are guarded across processes ({@code sync.launch.*}).
 *
 * @param lease how long a job's lock outlives the process holding it: a running process renews it every third of
 * this, so an execution still marked running whose lock is older than this has lost its process and is recovered
 */
@Validated
@ConfigurationProperties("sync.launch")
record LaunchProperties(@DefaultValue("2m") @DurationMin(seconds = 1, message = LEASE) Duration lease) {

	private static final String LEASE = "sync.launch.lease must be at least 1s";

}
