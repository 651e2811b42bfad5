package com.akeneokhaos.schedule;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.akeneokhaos.launch.JobLaunches;

/** The scheduler runs in the service only (not in a CLI run), unless {@code sync.schedule.enabled} is false. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

	@Bean
	@ConditionalOnWebApplication
	@ConditionalOnProperty(name = "sync.schedule.enabled", matchIfMissing = true)
	JobScheduler jobScheduler(ScheduleProperties properties, JobLaunches launches, Firings firings, Clock clock) {
		return new JobScheduler(properties, launches, firings, clock);
	}

}
