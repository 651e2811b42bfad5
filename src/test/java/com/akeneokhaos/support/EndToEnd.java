package com.akeneokhaos.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole service ({@link SpringBootTest}) against a fresh database and, as the class asks, the Akeneo and
 * Khaos Control Cloud simulators: the scaffolding every end-to-end class shares, so that a class states only
 * its own scenario (its catalogue, its properties).
 * <p>
 * Each application context the class gets comes with its own {@link Sandboxes}, started just before the
 * context, registered as its properties (they win over any other source, as {@code @DynamicPropertySource}
 * ones do) and as a bean, and closed with it:
 * <ul>
 * <li>a new database, always;</li>
 * <li>an Akeneo sandbox serving the catalogue of the class's {@link Catalogue} field, if it has one;</li>
 * <li>a Khaos sandbox on a free port, which the service serves its channel on, when the web environment is
 * {@link WebEnvironment#DEFINED_PORT DEFINED_PORT} (the default).</li>
 * </ul>
 * The context is closed after the class, so the class's tests share one database and one pair of simulators. A
 * class whose tests must each start from nothing adds
 * {@code @DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)}: every test then gets a context, a
 * database and simulators of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextCustomizerFactories(SandboxesContextCustomizerFactory.class)
@DirtiesContext
public @interface EndToEnd {

	/** How the service runs; {@code DEFINED_PORT} serves the channel on the Khaos sandbox's port. */
	@AliasFor(annotation = SpringBootTest.class)
	WebEnvironment webEnvironment() default WebEnvironment.DEFINED_PORT;

	/** Properties ({@code key=value}) the class family sets for its scenario. */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

	/**
	 * Marks the static {@link com.akeneokhaos.sandbox.akeneo.CatalogueSpec} field of an end-to-end class: the
	 * catalogue its Akeneo sandbox serves.
	 */
	@Target(ElementType.FIELD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface Catalogue {

	}

}
