package com.akeneokhaos;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import com.akeneokhaos.launch.CliCommand;
import com.akeneokhaos.launch.StartupFailure;

/**
 * Entry point: a CLI command ({@code run JOB}, {@code restart ID}, {@code status}) runs and exits with a
 * code that tells the scheduler or CI what happened; without one the process runs as the service. A process
 * that cannot start says why in one or two lines and exits with {@link StartupFailure#EXIT_CODE}.
 */
@SpringBootApplication
public class AkeneoKhaosSyncApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
		boolean command = CliCommand.isCommand(args);
		if (command) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setLogStartupInfo(false);
		}
		try {
			ConfigurableApplicationContext context = application.run(args);
			if (command) {
				System.exit(SpringApplication.exit(context));
			}
		}
		catch (RuntimeException ex) {
			System.exit(StartupFailure.report(ex, System.getenv(), System.err));
		}
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
