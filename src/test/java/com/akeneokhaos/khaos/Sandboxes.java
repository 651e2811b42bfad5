package com.akeneokhaos.khaos;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.KhaosSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.DatabaseProperties;

/**
 * What one end-to-end test class runs against: a catalogue generated from its spec, an Akeneo sandbox
 * loaded with it and a Khaos sandbox on a free port. A class holds one in a static field (so it is started
 * once per class, before Spring asks for the properties), points the service at it from its static
 * {@code @DynamicPropertySource} method with {@link #register} and closes it in {@code @AfterAll}.
 * <p>
 * It exists so that every class extending {@link KhaosServiceTestBase} states only its own scenario, not
 * the same catalogue, sandbox, property and shutdown scaffolding again.
 *
 * @param catalogue the generated catalogue, to pick products and models from
 * @param akeneo the Akeneo sandbox serving the catalogue, whose simulator a scenario changes
 * @param khaos the Khaos sandbox, whose simulator polls the service's channel
 */
record Sandboxes(GeneratedCatalogue catalogue, AkeneoSandbox akeneo, KhaosSandbox khaos) implements AutoCloseable {

	/** Generates the catalogue of {@code spec}, starts an Akeneo sandbox with it, and picks Khaos's port. */
	static Sandboxes start(CatalogueSpec spec) {
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(spec);
		return new Sandboxes(catalogue, AkeneoSandbox.start(catalogue), KhaosSandbox.onFreePort());
	}

	/**
	 * Points the service at a fresh database named after {@code purpose} and at both sandboxes; a class may
	 * add its own properties after this.
	 */
	void register(DynamicPropertyRegistry registry, String purpose) {
		DatabaseProperties.register(registry, purpose);
		akeneo.properties().forEach(p -> registry.add(p[0], () -> p[1]));
		khaos.properties().forEach(p -> registry.add(p[0], () -> p[1]));
	}

	/** Stops the Khaos simulator, then the Akeneo one. */
	@Override
	public void close() {
		khaos.close();
		akeneo.close();
	}

}
