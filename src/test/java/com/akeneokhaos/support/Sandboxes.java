package com.akeneokhaos.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

/**
 * What one {@link EndToEnd} application context runs against, besides a database of its own: the catalogue
 * generated from the class's {@link EndToEnd.Catalogue} spec with an Akeneo sandbox serving it, and a Khaos
 * sandbox whose port the service serves its channel on. A class without a catalogue gets no Akeneo sandbox, one
 * that does not serve the channel on a defined port gets no Khaos sandbox.
 * <p>
 * Tests reach it as a bean, to pick products from the catalogue and to drive both simulators. It is closed,
 * simulators and all, when its context is.
 */
public final class Sandboxes implements AutoCloseable {

	private final GeneratedCatalogue catalogue;

	private final AkeneoSandbox akeneo;

	private final KhaosSandbox khaos;

	private Sandboxes(GeneratedCatalogue catalogue, AkeneoSandbox akeneo, KhaosSandbox khaos) {
		this.catalogue = catalogue;
		this.akeneo = akeneo;
		this.khaos = khaos;
	}

	/**
	 * Generates the catalogue of {@code spec} (if any) and starts an Akeneo sandbox with it, and picks a free port
	 * for a Khaos sandbox if {@code khaos}.
	 */
	static Sandboxes start(CatalogueSpec spec, boolean khaos) {
		GeneratedCatalogue catalogue = (spec != null) ? CatalogueGenerator.generate(spec) : null;
		return new Sandboxes(catalogue, (catalogue != null) ? AkeneoSandbox.start(catalogue) : null,
				khaos ? KhaosSandbox.onFreePort() : null);
	}

	/** The generated catalogue, to pick products and models from. */
	public GeneratedCatalogue catalogue() {
		return started(catalogue, "catalogue (declare an @EndToEnd.Catalogue field)");
	}

	/** The Akeneo sandbox serving the catalogue, whose simulator a scenario changes. */
	public AkeneoSandbox akeneo() {
		return started(akeneo, "Akeneo sandbox (declare an @EndToEnd.Catalogue field)");
	}

	/** The Khaos sandbox, whose simulator polls the service's channel. */
	public KhaosSandbox khaos() {
		return started(khaos, "Khaos sandbox (run the service on WebEnvironment.DEFINED_PORT)");
	}

	/**
	 * Points the service at a fresh database named after {@code purpose} and at the sandboxes that were
	 * started.
	 */
	void register(DynamicPropertyRegistry registry, String purpose) {
		DatabaseProperties.register(registry, purpose);
		if (akeneo != null) {
			akeneo.properties().forEach(p -> registry.add(p[0], () -> p[1]));
		}
		if (khaos != null) {
			khaos.properties().forEach(p -> registry.add(p[0], () -> p[1]));
		}
	}

	/** Stops the Khaos simulator, then the Akeneo one. */
	@Override
	public void close() {
		if (khaos != null) {
			khaos.close();
		}
		if (akeneo != null) {
			akeneo.close();
		}
	}

	private static <T> T started(T sandbox, String what) {
		if (sandbox == null) {
			throw new IllegalStateException("This end-to-end class has no " + what);
		}
		return sandbox;
	}

}
