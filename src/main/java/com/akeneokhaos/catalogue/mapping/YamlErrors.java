package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;

/** Short operator-facing descriptions of YAML syntax errors and duplicate keys, with the line. */
final class YamlErrors {

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"");

	private YamlErrors() {
	}

	static String describe(JacksonException ex) {
		String line = (ex.getLocation() == null) ? "" : " (line " + ex.getLocation().getLineNr() + ")";
		Matcher duplicate = DUPLICATE.matcher(ex.getOriginalMessage());
		if (!duplicate.find()) {
			return "is not valid YAML" + line + ": " + firstLines(ex.getOriginalMessage());
		}
		List<String> enclosing = enclosingNames(ex);
		if (enclosing.size() == 1 && enclosing.get(0).equals("fields")) {
			return "field '" + duplicate.group(1) + "' is listed more than once" + line;
		}
		if (enclosing.size() == 2 && enclosing.get(1).equals("fields")) {
			return "field '" + enclosing.get(0) + "' has '" + duplicate.group(1) + "' more than once" + line;
		}
		return "'" + duplicate.group(1) + "' is listed more than once" + line;
	}

	/** The names of the maps around the parser's position, innermost first. */
	private static List<String> enclosingNames(JacksonException ex) {
		List<String> names = new ArrayList<>();
		if (ex instanceof StreamReadException read && read.processor() != null) {
			TokenStreamContext context = read.processor().streamReadContext();
			for (TokenStreamContext c = (context == null) ? null : context.getParent(); c != null; c = c.getParent()) {
				if (c.currentName() != null) {
					names.add(c.currentName());
				}
			}
		}
		return names;
	}

	private static String firstLines(String message) {
		return message.lines()
			.filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.contains("^"))
			.collect(Collectors.joining("; "));
	}

}
