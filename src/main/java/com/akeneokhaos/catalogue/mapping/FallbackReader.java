package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the {@code fallback:} chain under a field's source. Each fallback is a source of its own, with the
 * options that fit it, and may hold the next fallback. Everything that cannot work is reported, naming the
 * fallback's place in the chain: a fallback that is not a map, an owner or barcode type of its own (they
 * belong to the field), an unknown key, a fallback that could never give a value (it repeats an earlier
 * source, or follows a constant) and a chain longer than {@value #MAX_FALLBACKS}. YAML aliases reach the
 * reader as plain text, so a chain cannot loop back on itself.
 */
final class FallbackReader {

	static final String KEY = "fallback";

	static final int MAX_FALLBACKS = 5;

	private static final Set<String> FIELD_ONLY = Set.of("owner", "barcode-type");

	private static final Set<String> KEYS = Set.of("attribute", "category-level", "constant", "as", "currency",
			"unit", "locale", "scope", KEY);

	private final KhaosField field;

	private final Consumer<String> report;

	FallbackReader(KhaosField field, Consumer<String> report) {
		this.field = field;
		this.report = report;
	}

	/** How a message names the source at this place in the chain: 0 is the field's own source. */
	static String name(int position) {
		return switch (position) {
			case 0 -> "";
			case 1 -> KEY + " ";
			default -> KEY + " " + position + " ";
		};
	}

	/** The fallbacks under a field entry, outermost first; whatever is wrong is reported. */
	List<Source> read(JsonNode fieldNode, @Nullable Source primary) {
		List<Source> chain = new ArrayList<>();
		chain.add(primary);
		JsonNode next = fieldNode.get(KEY);
		for (int position = 1; next != null; position++) {
			if (position > MAX_FALLBACKS) {
				report.accept("has more than " + MAX_FALLBACKS + " fallbacks; keep the chain to " + MAX_FALLBACKS);
				break;
			}
			String name = name(position);
			chain.add(fallback(next, chain, message -> report.accept(name + message)).orElse(null));
			next = next.isObject() ? next.get(KEY) : null;
		}
		return chain.subList(1, chain.size()).stream().filter(Objects::nonNull).toList();
	}

	private Optional<Source> fallback(JsonNode node, List<Source> earlier, Consumer<String> at) {
		if (!node.isObject()) {
			at.accept("is " + shown(node) + ", not a map: write a source such as { category-level: 1 } or "
					+ "{ constant: General }");
			return Optional.empty();
		}
		if (!keysFit((ObjectNode) node, at)) {
			return Optional.empty();
		}
		Optional<Source> source = new SourceReader(at).read(field, node);
		source.ifPresent(found -> checkUseful(found, earlier, at));
		return source;
	}

	/** Reports the field's own keys and unknown keys; true when every key but the field's own is known. */
	private static boolean keysFit(ObjectNode node, Consumer<String> at) {
		FIELD_ONLY.stream().filter(node::has).forEach(key -> at.accept("has '" + key + "', which belongs to the "
				+ "field: write it next to the field's first source"));
		ObjectNode rest = node.deepCopy();
		rest.remove(FIELD_ONLY);
		return Keys.checkKnown(rest, KEYS, at, "key");
	}

	private static void checkUseful(Source source, List<Source> earlier, Consumer<String> at) {
		if (earlier.get(earlier.size() - 1) instanceof Source.Constant) {
			at.accept("is never used: the source before it is a constant, which always gives a value");
		}
		int repeated = earlier.indexOf(source);
		if (repeated >= 0) {
			String which = (repeated == 0) ? "the field's own source" : KEY + " " + repeated;
			at.accept("repeats " + which + ", so it could never give a value");
		}
	}

	private static String shown(JsonNode node) {
		if (node.isNull()) {
			return "empty";
		}
		return node.isString() ? "'" + node.stringValue() + "'" : node.toString();
	}

}
