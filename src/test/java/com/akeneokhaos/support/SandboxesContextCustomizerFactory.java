package com.akeneokhaos.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.ReflectionUtils;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;

/**
 * Gives each {@link EndToEnd} class a context customizer that starts {@link Sandboxes} for every context the
 * class gets, points the context at them and hands them to it as a bean; the bean is closed with the context.
 * Customizers of different classes are never equal, so no two classes ever share a context.
 */
final class SandboxesContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		EndToEnd endToEnd = TestContextAnnotationUtils.findMergedAnnotation(testClass, EndToEnd.class);
		if (endToEnd == null) {
			return null;
		}
		return new SandboxesCustomizer(testClass, catalogue(testClass),
				endToEnd.webEnvironment() == WebEnvironment.DEFINED_PORT);
	}

	/** The value of the class's one {@link EndToEnd.Catalogue} field, or {@code null} if it has none. */
	private static CatalogueSpec catalogue(Class<?> testClass) {
		List<Field> fields = new ArrayList<>();
		ReflectionUtils.doWithFields(testClass, fields::add,
				field -> field.isAnnotationPresent(EndToEnd.Catalogue.class));
		if (fields.isEmpty()) {
			return null;
		}
		Field field = fields.get(0);
		if (fields.size() > 1 || !Modifier.isStatic(field.getModifiers()) || field.getType() != CatalogueSpec.class) {
			throw new IllegalStateException(testClass.getName()
					+ " must declare at most one @EndToEnd.Catalogue field, static and of type CatalogueSpec");
		}
		ReflectionUtils.makeAccessible(field);
		return (CatalogueSpec) ReflectionUtils.getField(field, null);
	}

	private record SandboxesCustomizer(Class<?> testClass, CatalogueSpec catalogue, boolean khaos)
			implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Sandboxes sandboxes = Sandboxes.start(catalogue, khaos);
			Map<String, Object> properties = new LinkedHashMap<>();
			sandboxes.register((name, value) -> properties.put(name, value.get()), testClass.getSimpleName());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sandboxes of " + testClass.getName(), properties));
			((GenericApplicationContext) context).registerBean("sandboxes", Sandboxes.class, () -> sandboxes);
		}

	}

}
