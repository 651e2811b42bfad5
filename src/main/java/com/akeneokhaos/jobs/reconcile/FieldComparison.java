package com.akeneokhaos.jobs.reconcile;

import java.math.BigDecimal;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.FieldMapping;
import com.akeneokhaos.catalogue.mapping.KhaosField;
import com.akeneokhaos.catalogue.mapping.SingleLineText;

/**
 * Compares one item field by field: the payload the mapping makes of Akeneo now with the item as Khaos last
 * uploaded it, so that reconciliation finds real edits in Khaos and a system in step reports none. Both sides
 * are read with the same tolerance, because Khaos gives values back in its own spelling (numbers as strings,
 * {@code 12.50} for {@code 12.5}, stock types prefixed by their parent) and that is not drift.
 * <p>
 * The rules:
 * <ul>
 * <li>Every published field of the mapping (owners {@code always} and {@code on-create}) is compared, in the
 * mapping's order, at its path: a dotted path is nested objects ({@code SellPrice.Net} is {@code Net} in
 * {@code SellPrice}); {@code UserDefinedFields.<Name>} is the {@code Value} of the {@code UserDefinedFields}
 * element whose {@code Name} is {@code <Name>}.</li>
 * <li>A field Khaos does not report is not compared, since what it holds is unknown: a path absent from its
 * JSON, a user-defined field absent from its list, a list it leaves out, or an item that is not a JSON
 * object. A parent reported as JSON null ({@code "StockType2": null}) and a user-defined field listed without
 * a {@code Value} are reported: they have no value.</li>
 * <li>Empty string, JSON null and absent are the same "no value", on both sides; a value Khaos has where the
 * mapping made none is a difference.</li>
 * <li>Numbers, when either side is a JSON number, are compared as decimals ({@link BigDecimal#compareTo}):
 * {@code 12.5}, {@code 12.50}, {@code "12.5000"} and {@code 12.5E0} are equal.</li>
 * <li>Booleans, when either side is a JSON boolean: the other side may be a boolean or the string
 * {@code true}/{@code false} in any case.</li>
 * <li>Text is compared after the mapper's normalisation, on both sides: {@code LongDescription} has its line
 * endings made {@code \n} and the trailing whitespace of each line and of the whole text removed; every
 * other text is made one line ({@link SingleLineText}: whitespace runs as one space, ends trimmed). Case and
 * accents matter.</li>
 * <li>{@code StockType2.Name} to {@code StockType4.Name}: Khaos shows a type prefixed by its parent in
 * brackets ({@code [Footwear] Shoe} under {@code Footwear}); when the bracketed name is Khaos's own name of
 * the parent type, as shown or without the parent's own prefix ({@code [[Footwear] Shoe] Trainers} and
 * {@code [Shoe] Trainers} under {@code [Footwear] Shoe}), the prefix is left out. Ours stands in for a
 * parent Khaos does not report. Any other bracketed name stays, and differs.</li>
 * <li>{@code Barcodes} are compared as the barcode texts with their type names, in any order. These texts
 * are made one line too; elements without a barcode are left out; other keys (Khaos's IDs) are not compared.
 * ({@code Images} are not a mapped field: asset-url-sync sends them, and they are not compared.)</li>
 * </ul>
 */
final class FieldComparison {

	private static final String BARCODES = "Barcodes";

	private static final String LONG_DESCRIPTION = "LongDescription";

	private static final Pattern STOCK_TYPE_NAME = Pattern.compile("StockType([2-4])\\.Name");

	private static final Pattern LINE_END_SPACE = Pattern.compile("[\\p{javaWhitespace}\\p{Z}&&[^\\n]]+$",
			Pattern.MULTILINE | Pattern.UNIX_LINES);

	private static final Pattern TEXT_END_SPACE = Pattern.compile("[\\p{javaWhitespace}\\p{Z}]+\\z");

	private static final int SHOWN_CHARACTERS = 200;

	private final List<FieldMapping> fields;

	FieldComparison(CatalogueMapping mapping) {
		this.fields = mapping.published();
	}

	/**
	 * The fields whose Khaos value differs, in the mapping's order; empty when the item is in step.
	 *
	 * @param mapped the payload the mapping made ({@code MappedStockItem.forCreate()}: every published field)
	 * @param khaos the item as Khaos last uploaded it
	 */
	List<FieldDifference> differences(ObjectNode mapped, JsonNode khaos) {
		if (!khaos.isObject()) {
			return List.of();
		}
		return fields.stream()
			.filter(field -> !find(khaos, field.path()).isMissingNode())
			.map(field -> compare(field, mapped, khaos))
			.flatMap(Optional::stream)
			.toList();
	}

	private static Optional<FieldDifference> compare(FieldMapping field, JsonNode mapped, JsonNode khaos) {
		String path = field.path();
		JsonNode ours = find(mapped, path);
		JsonNode theirs = find(khaos, path);
		if (same(path, ours, theirs, new Sides(mapped, khaos))) {
			return Optional.empty();
		}
		return Optional.of(new FieldDifference(path, field.owner(), shown(path, ours), shown(path, theirs)));
	}

	private static boolean same(String path, JsonNode ours, JsonNode theirs, Sides items) {
		return switch (path) {
			case BARCODES -> sorted(barcodes(ours)).equals(sorted(barcodes(theirs)));
			default -> sameScalar(path, ours, theirs, items);
		};
	}

	private static @Nullable String shown(String path, JsonNode value) {
		String text = switch (path) {
			case BARCODES -> joined(barcodes(value));
			default -> text(value, path.equals(LONG_DESCRIPTION));
		};
		return (text == null) ? null : cut(text);
	}

	// Where a field is

	/** The value at a field's path: a missing node when not reported, a null node when reported without value. */
	private static JsonNode find(JsonNode item, String path) {
		if (path.startsWith(KhaosField.USER_DEFINED_PREFIX)) {
			return userDefined(item, path.substring(KhaosField.USER_DEFINED_PREFIX.length()));
		}
		JsonNode node = item;
		for (String name : path.split("\\.")) {
			if (node.isNull()) {
				return node;
			}
			node = node.isObject() ? node.path(name) : MissingNode.getInstance();
		}
		return node;
	}

	private static JsonNode userDefined(JsonNode item, String name) {
		for (JsonNode element : item.path("UserDefinedFields")) {
			if (name.equals(element.path("Name").stringValue(null))) {
				return element.has("Value") ? element.get("Value") : NullNode.getInstance();
			}
		}
		return MissingNode.getInstance();
	}

	// Scalars

	private static boolean sameScalar(String path, JsonNode ours, JsonNode theirs, Sides items) {
		boolean multiLine = path.equals(LONG_DESCRIPTION);
		String ourText = text(ours, multiLine);
		String theirText = text(theirs, multiLine);
		if (ourText == null || theirText == null) {
			return ourText == null && theirText == null;
		}
		if (ours.isNumber() || theirs.isNumber()) {
			return sameNumber(ourText, theirText);
		}
		if (ours.isBoolean() || theirs.isBoolean()) {
			return isBoolean(ourText) && ourText.equalsIgnoreCase(theirText);
		}
		return khaosReadings(path, theirText, items).contains(ourText);
	}

	private static boolean sameNumber(String ours, String theirs) {
		try {
			return new BigDecimal(ours).compareTo(new BigDecimal(theirs)) == 0;
		}
		catch (NumberFormatException notANumber) {
			return false;
		}
	}

	private static boolean isBoolean(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return lower.equals("true") || lower.equals("false");
	}

	/** The value as compared: normalised text, a plain decimal, true or false; null for no value. */
	private static @Nullable String text(JsonNode value, boolean multiLine) {
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return plain(value.decimalValue());
		}
		if (value.isBoolean()) {
			return String.valueOf(value.booleanValue());
		}
		String text = value.isString() ? value.stringValue() : value.toString();
		String normal = multiLine ? lines(text) : SingleLineText.normalise(text);
		return normal.isEmpty() ? null : normal;
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	private static String lines(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		return TEXT_END_SPACE.matcher(LINE_END_SPACE.matcher(unified).replaceAll("")).replaceAll("");
	}

	// Stock types

	/** Khaos's text as shown and, for a stock type under another, also without its parent's prefix. */
	private static List<String> khaosReadings(String path, String shown, Sides items) {
		Matcher stockType = STOCK_TYPE_NAME.matcher(path);
		if (!stockType.matches()) {
			return List.of(shown);
		}
		List<String> readings = new ArrayList<>(List.of(shown));
		parentNames(items, Integer.parseInt(stockType.group(1)) - 1).stream()
			.map(parent -> withoutPrefix(shown, parent))
			.flatMap(Optional::stream)
			.forEach(readings::add);
		return readings;
	}

	/**
	 * The names a child's prefix may give Khaos's {@code StockType<level>}: its name as shown, and its own name
	 * without whatever prefix it carries (a wrong prefix there is that type's difference, not its child's).
	 * When Khaos does not report that type, ours stands in for it, since a prefix cannot be checked against
	 * nothing.
	 */
	private static List<String> parentNames(Sides items, int level) {
		String path = "StockType" + level + ".Name";
		JsonNode reported = find(items.khaos(), path);
		String shown = text(reported.isMissingNode() ? find(items.mapped(), path) : reported, false);
		return (shown == null) ? List.of() : List.of(shown, ownName(shown));
	}

	private static Optional<String> withoutPrefix(String shown, String parent) {
		String prefix = "[" + parent + "]";
		return shown.startsWith(prefix) ? Optional.of(shown.substring(prefix.length()).strip()) : Optional.empty();
	}

	/** The name without a leading bracketed prefix, brackets nested in it included: {@code [[A] B] C} is C. */
	private static String ownName(String shown) {
		if (!shown.startsWith("[")) {
			return shown;
		}
		int depth = 0;
		for (int i = 0; i < shown.length(); i++) {
			char c = shown.charAt(i);
			depth += (c == '[') ? 1 : (c == ']') ? -1 : 0;
			if (depth == 0) {
				return shown.substring(i + 1).strip();
			}
		}
		return shown;
	}

	// Lists

	private static List<String> barcodes(JsonNode list) {
		return elements(list, FieldComparison::barcode);
	}

	private static @Nullable String barcode(JsonNode element) {
		String barcode = text(element.path("Barcode"), false);
		String type = text(element.path("Type").path("Name"), false);
		return (barcode == null || type == null) ? barcode : barcode + " (" + type + ")";
	}

	private static List<String> sorted(List<String> elements) {
		return elements.stream().sorted().toList();
	}

	/** Each element's meaningful text, in order; a single object counts as a list of one. */
	private static List<String> elements(JsonNode list, Function<JsonNode, @Nullable String> meaning) {
		List<JsonNode> elements = list.isObject() ? List.of(list) : List.copyOf(list.values());
		return elements.stream().map(meaning).filter(Objects::nonNull).toList();
	}

	private static @Nullable String joined(List<String> elements) {
		return elements.isEmpty() ? null : String.join(", ", elements);
	}

	// Shown in a report

	/** The text cut after 200 characters (never inside one) with "…", so that a report can show it. */
	private static String cut(String text) {
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
		characters.setText(text);
		characters.first();
		int end = characters.next(SHOWN_CHARACTERS);
		return (end == BreakIterator.DONE || end == text.length()) ? text : text.substring(0, end) + "…";
	}

	/** The two items compared: what a stock type's bracketed parent is checked against. */
	private record Sides(JsonNode mapped, JsonNode khaos) {
	}

}
