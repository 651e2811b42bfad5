package com.akeneokhaos.launch;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.support.TestDatabase;

/**
 * Runs the application from its command line, as {@code java -jar} does, against a test database and an
 * Akeneo sandbox, and keeps the exit code and what the run printed on standard output.
 */
final class Cli {

	private final Map<String, String> options;

	private Cli(Map<String, String> options) {
		this.options = options;
	}

	static Cli against(TestDatabase.Coordinates db, AkeneoSandbox akeneo) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("spring.datasource.url", db.url());
		options.put("spring.datasource.username", db.username());
		options.put("spring.datasource.password", db.password());
		akeneo.properties().forEach(p -> options.put(p[0], p[1]));
		options.put("akeneo.retry.initial-delay", "10ms");
		options.put("akeneo.retry.max-delay", "50ms");
		return new Cli(options);
	}

	/** This CLI with one more {@code --name=value} option, replacing any earlier value of that name. */
	Cli with(String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(options);
		changed.put(name, value);
		return new Cli(changed);
	}

	Result run(String... words) {
		List<String> arguments = new ArrayList<>(List.of(words));
		options.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.out;
		System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
		try {
			SpringApplication application = new SpringApplication(AkeneoKhaosSyncApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
			int exitCode = SpringApplication.exit(context);
			System.out.flush();
			return new Result(exitCode, captured.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(original);
		}
	}

	/** How a CLI run ended and what it printed. */
	record Result(int exitCode, String output) {

		List<String> lines() {
			return output.lines().toList();
		}

	}

	private static final class Tee extends OutputStream {

		private final PrintStream console;

		private final ByteArrayOutputStream copy;

		Tee(PrintStream console, ByteArrayOutputStream copy) {
			this.console = console;
			this.copy = copy;
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			console.write(bytes, offset, length);
			copy.write(bytes, offset, length);
		}

		@Override
		public void flush() {
			console.flush();
		}

	}

}
