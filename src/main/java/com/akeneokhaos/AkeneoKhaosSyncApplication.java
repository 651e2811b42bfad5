package com.akeneokhaos;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import com.akeneokhaos.launch.CliCommand;

/**
 * Entry point: a CLI command ({@code run JOB}, {@code restart ID}, {@code status}) runs and exits with a
 * code that tells the scheduler or CI what happened; without one the process runs as the service.
 */
@SpringBootApplication
public class AkeneoKhaosSyncApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		if (CliCommand.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
