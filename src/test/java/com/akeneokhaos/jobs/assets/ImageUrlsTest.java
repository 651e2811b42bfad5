package com.akeneokhaos.jobs.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageUrlsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			plain asset code       | https://cdn.example.com/{asset_family}/{asset_code}/{filename} | packshots | shoe_1 | front.jpg | https://cdn.example.com/packshots/shoe_1/front.jpg
			space and accent       | https://cdn.example.com/{asset_code}/{filename}                 | packshots | chaussure été | vue 1.jpg | https://cdn.example.com/chaussure%20%C3%A9t%C3%A9/vue%201.jpg
			media file code a path | https://cdn.example.com/{code}                                  | x         | y      | 1/2/3/4/abc_front.jpg | https://cdn.example.com/1/2/3/4/abc_front.jpg
			query-like characters  | https://cdn.example.com/{asset_code}                            | x         | a?b#c&d | f | https://cdn.example.com/a%3Fb%23c%26d
			""")
	void fillsATemplatePercentEncodingEachValue(String name, String template, String family, String code,
			String filename, String expected) {
		// when
		String url = ImageUrls.fill(template, Map.of("asset_family", family, "asset_code", code, "code", filename,
				"filename", filename));

		// then
		assertThat(url).isEqualTo(expected);
		assertThat(ImageUrls.problem(url, true)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			https                   | https://cdn.example.com/a.jpg      | true  |
			http allowed            | http://cdn.example.com/a.jpg       | false |
			http when https-only    | http://cdn.example.com/a.jpg       | true  | is not https
			relative                | /media/a.jpg                       | true  | not an absolute URL
			no host                 | https:///a.jpg                     | true  | not an absolute URL
			space                   | https://cdn.example.com/a b.jpg    | true  | must be percent-encoded
			non-ASCII               | https://cdn.example.com/été.jpg    | true  | must be percent-encoded
			another scheme          | ftp://cdn.example.com/a.jpg        | false | is not https
			malformed               | https://cdn.example.com/a%zz.jpg   | true  | not a valid URL
			""")
	void checksEachUrlBeforeKhaosGetsIt(String name, String url, boolean httpsOnly, String problem) {
		// when / then
		if (problem == null) {
			assertThat(ImageUrls.problem(url, httpsOnly)).isEmpty();
		}
		else {
			assertThat(ImageUrls.problem(url, httpsOnly)).hasValueSatisfying(reason -> assertThat(reason).contains(problem));
		}
	}

	@Test
	void refusesAUrlLongerThanKhaosTakes() {
		// given
		String url = "https://cdn.example.com/" + "a".repeat(ImageUrls.MAX_LENGTH);

		// when / then
		assertThat(ImageUrls.problem(url, true)).hasValueSatisfying(reason -> assertThat(reason).contains("at most 255"));
		assertThat(ImageUrls.problem(url.substring(0, ImageUrls.MAX_LENGTH), true)).isEmpty();
	}

}
