package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.catalogue.mapping.ImageMapping.ImageSource;

/**
 * The mapping file's {@code images:} section, which only asset-url-sync reads: its sources in order, its limits, and
 * one clear line for each mistake. {@code Images} is no longer a field the other jobs may send.
 */
class ImagesMappingTest {

	@Test
	void readsTheSourcesInOrderWithTheirTemplatesAndLimits() {
		// given
		String yaml = TestMappings.yamlWith() + """
				images:
				  max: 4
				  https-only: false
				  media-file-url-template: "https://cdn.example.com/{asset_family}/{asset_code}/{filename}"
				  sources:
				    - { asset-collection: packshots }
				    - { attribute: main_image, url-template: "https://cdn.example.com/{code}" }
				    - { attribute: image_url }
				""";

		// when
		ImageMapping images = CatalogueMapping.parse(yaml, TestMappings.ORIGIN).images();

		// then
		assertThat(images.sources()).containsExactly(new ImageSource.AssetCollection("packshots"),
				new ImageSource.ProductAttribute("main_image", "https://cdn.example.com/{code}"),
				new ImageSource.ProductAttribute("image_url", null));
		assertThat(images.max()).isEqualTo(4);
		assertThat(images.httpsOnly()).isFalse();
		assertThat(images.mediaFileUrlTemplate()).isEqualTo("https://cdn.example.com/{asset_family}/{asset_code}/{filename}");
	}

	@Test
	void withoutTheSectionThereIsNothingToSend() {
		// when
		ImageMapping images = TestMappings.with().images();

		// then
		assertThat(images).isEqualTo(ImageMapping.NONE);
		assertThat(images.sources()).isEmpty();
	}

	@Test
	void imagesAreNoLongerAFieldTheOtherJobsSend() {
		// given
		String yaml = TestMappings.yamlWith("Images: { attribute: image_url }");

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, TestMappings.ORIGIN)).isInstanceOf(MappingException.class)
			.hasMessageContaining("Images")
			.hasMessageContaining("asset-url-sync")
			.hasMessageContaining("images: sources:");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no sources               | { max: 3 }                                                         | needs 'sources:'
			unknown key              | { sources: [ { asset-collection: a } ], maximum: 3 }               | unknown key 'maximum'
			both kinds               | { sources: [ { asset-collection: a, attribute: b } ] }             | exactly one of 'asset-collection' and 'attribute'
			neither kind             | { sources: [ { url-template: 'https://x/{code}' } ] }              | exactly one of 'asset-collection' and 'attribute'
			template on assets       | { sources: [ { asset-collection: a, url-template: 'https://x' } ] } | takes no 'url-template'
			unknown placeholder      | { sources: [ { attribute: b, url-template: 'https://x/{sku}' } ] } | placeholder {sku}
			template not a URL       | { sources: [ { attribute: b, url-template: 'cdn/{code}' } ] }      | must start with https://
			media placeholder        | { sources: [ { asset-collection: a } ], media-file-url-template: 'https://x/{uuid}' } | placeholder {uuid}
			max zero                 | { sources: [ { asset-collection: a } ], max: 0 }                   | give a whole number from 1 to 100
			https-only not a boolean | { sources: [ { asset-collection: a } ], https-only: 'yes' }        | give true or false
			""")
	void eachMistakeIsToldInOneLine(String name, String section, String problem) {
		// given
		String yaml = TestMappings.yamlWith() + "images: " + section + "\n";

		// when / then
		assertThatThrownBy(() -> CatalogueMapping.parse(yaml, TestMappings.ORIGIN)).isInstanceOf(MappingException.class)
			.hasMessageContaining("images")
			.hasMessageContaining(problem);
	}

	@Test
	void theShippedMappingHasNoImagesField() {
		// when
		CatalogueMapping shipped = TestMappings.shipped();

		// then
		assertThat(shipped.fields()).noneMatch(field -> field.field().kind() == ValueKind.IMAGE);
	}

}
