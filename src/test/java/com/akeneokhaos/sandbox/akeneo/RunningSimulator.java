package com.akeneokhaos.sandbox.akeneo;

import java.time.Clock;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An Akeneo simulator serving one catalogue for the tests of a class, with a client that knows its
 * credentials: {@code @RegisterExtension static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);}
 * starts it before the class and stops it after.
 */
final class RunningSimulator implements BeforeAllCallback, AfterAllCallback {

	private final GeneratedCatalogue catalogue;

	private Clock clock = Clock.systemUTC();

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	private RunningSimulator(GeneratedCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	static RunningSimulator of(GeneratedCatalogue catalogue) {
		return new RunningSimulator(catalogue);
	}

	/** The simulator's clock (what {@code updated} filters compare with). */
	RunningSimulator withClock(Clock clock) {
		this.clock = clock;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		simulator = new AkeneoSimulator().clock(clock).start().load(catalogue);
		client = new SimulatorTestClient(simulator);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		simulator.close();
	}

	AkeneoSimulator simulator() {
		return simulator;
	}

	SimulatorTestClient client() {
		return client;
	}

}
