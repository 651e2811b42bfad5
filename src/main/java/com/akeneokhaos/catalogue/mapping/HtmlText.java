package com.akeneokhaos.catalogue.mapping;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Akeneo rich-text (textarea) HTML as readable plain text for Khaos: tags and entities go, paragraphs and
 * line breaks become new lines, list items become "- " lines.
 */
final class HtmlText {

	private static final Pattern SPACED_LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");

	private static final Pattern LINE_BREAKS = Pattern.compile("\\n{2,}");

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
			"li", "tr", "table", "blockquote", "pre", "section", "article");

	private HtmlText() {
	}

	static String strip(String html) {
		StringBuilder text = new StringBuilder();
		Jsoup.parseBodyFragment(html).body().traverse(new Collector(text));
		String lines = SPACED_LINE_BREAK.matcher(text.toString().replace('\u00a0', ' ')).replaceAll("\n");
		return SPACES.matcher(LINE_BREAKS.matcher(lines).replaceAll("\n")).replaceAll(" ").strip();
	}

	private record Collector(StringBuilder text) implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				text.append(textNode.text());
			}
			else if (node instanceof Element element && element.normalName().equals("br")) {
				text.append('\n');
			}
			else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
				newLine();
				text.append(element.normalName().equals("li") ? "- " : "");
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
				newLine();
			}
		}

		private void newLine() {
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
				text.append('\n');
			}
		}

	}

}
