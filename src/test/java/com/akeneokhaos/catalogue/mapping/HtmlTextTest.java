package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTextTest {

	static Stream<Arguments> html() {
		return Stream.of(Arguments.of("<p>One</p><p>Two</p>", "One\nTwo"),
				Arguments.of("Line<br>break<br/>again", "Line\nbreak\nagain"),
				Arguments.of("<p>Features:</p><ul><li>Linen</li><li>Lined</li></ul>", "Features:\n- Linen\n- Lined"),
				Arguments.of("Fish &amp; chips&nbsp;today &lt;3", "Fish & chips today <3"),
				Arguments.of("  <b>bold</b>   and <i>italic</i>  ", "bold and italic"),
				Arguments.of("<h2>Care</h2>\n\n<p>Wash   cold</p>", "Care\nWash cold"),
				Arguments.of("<script>alert(1)</script>Safe", "Safe"), Arguments.of("<p> </p>", ""),
				Arguments.of("Plain text", "Plain text"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("html")
	void stripsHtmlToReadableText(String html, String expected) {
		// when
		String text = HtmlText.strip(html);

		// then
		assertThat(text).isEqualTo(expected);
	}

}
