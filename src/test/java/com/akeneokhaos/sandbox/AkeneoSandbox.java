package com.akeneokhaos.sandbox;

import java.util.List;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

/**
 * An Akeneo simulator loaded with a generated catalogue, and the application arguments that point the
 * product at it. Credentials are made up per sandbox: nothing real is ever needed.
 */
public final class AkeneoSandbox implements AutoCloseable {

	static final String CLIENT_ID = "sandbox-client";

	static final String SECRET = "sandbox-secret";

	static final String USERNAME = "sandbox-user";

	static final String PASSWORD = "sandbox-password";

	private final AkeneoSimulator simulator;

	private AkeneoSandbox(AkeneoSimulator simulator) {
		this.simulator = simulator;
	}

	public static AkeneoSandbox start(GeneratedCatalogue catalogue) {
		AkeneoSimulator simulator = new AkeneoSimulator();
		simulator.credentials(CLIENT_ID, SECRET, USERNAME, PASSWORD);
		simulator.load(catalogue);
		simulator.start();
		return new AkeneoSandbox(simulator);
	}

	public AkeneoSimulator simulator() {
		return simulator;
	}

	/** Spring properties (name, value) that connect the product to this sandbox. */
	public List<String[]> properties() {
		return List.of(new String[] { "akeneo.base-url", simulator.baseUrl() },
				new String[] { "akeneo.client-id", CLIENT_ID }, new String[] { "akeneo.secret", SECRET },
				new String[] { "akeneo.username", USERNAME }, new String[] { "akeneo.password", PASSWORD },
				new String[] { "akeneo.retry.initial-delay", "20ms" }, new String[] { "akeneo.retry.max-delay", "2s" });
	}

	/** The same properties as command-line arguments. */
	public List<String> arguments() {
		return properties().stream().map(p -> "--" + p[0] + "=" + p[1]).toList();
	}

	@Override
	public void close() {
		simulator.close();
	}

}
