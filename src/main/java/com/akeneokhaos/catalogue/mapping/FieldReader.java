package com.akeneokhaos.catalogue.mapping;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Reads one entry of {@code fields:}: the Khaos field name, its owner, its source with any fallbacks, and
 * its barcode type.
 */
final class FieldReader {

	static final Set<String> KEYS = Set.of("attribute", "category-level", "constant", "owner", "as", "currency",
			"unit", "locale", "scope", "barcode-type", FallbackReader.KEY);

	private final Problems problems;

	FieldReader(Problems problems) {
		this.problems = problems;
	}

	Optional<FieldMapping> read(String path, JsonNode node) {
		Consumer<String> report = message -> problems.field(path, message);
		int before = problems.count();
		Optional<KhaosField> field = lookup(path, report);
		if (field.isEmpty()) {
			return Optional.empty();
		}
		if (node == null || !node.isObject()) {
			report.accept("must be a map such as { attribute: sku } or { constant: Standard }");
			return Optional.empty();
		}
		if (!Keys.checkKnown(node, KEYS, report, "key")) {
			return Optional.empty();
		}
		Ownership owner = owner(field.get(), node, report);
		Optional<Source> source = new SourceReader(report).read(field.get(), node);
		List<Source> fallbacks = new FallbackReader(field.get(), report).read(node, source.orElse(null));
		String barcodeType = barcodeType(field.get(), node, report);
		if (problems.count() > before || source.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new FieldMapping(field.get(), owner, source.get(), fallbacks, barcodeType));
	}

	private static Optional<KhaosField> lookup(String path, Consumer<String> report) {
		Optional<KhaosField> field = KhaosField.lookup(path);
		if (field.isEmpty() && path.equals("StockID")) {
			report.accept("is set by the sync itself from the product uuid and cannot be mapped");
		}
		else if (field.isEmpty() && path.startsWith(KhaosField.USER_DEFINED_PREFIX)) {
			report.accept("needs a name after '" + KhaosField.USER_DEFINED_PREFIX + "'");
		}
		else if (field.isEmpty()) {
			List<String> known = KhaosField.all().stream().map(KhaosField::path).toList();
			report.accept("is not a Khaos StockItem field" + Suggestions.didYouMean(path, known));
		}
		return field;
	}

	private static Ownership owner(KhaosField field, JsonNode node, Consumer<String> report) {
		Optional<String> word = Keys.text(node, "owner", report);
		if (word.isEmpty()) {
			return field.defaultOwnership();
		}
		Optional<Ownership> owner = Ownership.fromWord(word.get());
		if (owner.isEmpty()) {
			report.accept("has owner '" + word.get() + "'; use always, on-create or never");
		}
		else if (!field.allows(owner.get())) {
			report.accept("cannot have owner '" + word.get() + "': " + whoOwns(field) + ", so it allows only "
					+ field.allowed().stream().map(Ownership::word).collect(Collectors.joining(" or ")));
		}
		return owner.filter(field::allows).orElse(field.defaultOwnership());
	}

	private static String whoOwns(KhaosField field) {
		if (field.allows(Ownership.NEVER)) {
			return "Khaos owns it";
		}
		return field.allows(Ownership.ALWAYS) ? "Akeneo owns it" : "Khaos owns it once the item exists";
	}

	private static String barcodeType(KhaosField field, JsonNode node, Consumer<String> report) {
		String type = Keys.text(node, "barcode-type", report).orElse(null);
		boolean barcodes = field.kind() == ValueKind.BARCODE;
		if (barcodes && type == null && !node.has("barcode-type")) {
			report.accept("needs 'barcode-type', the Khaos barcode type name (for example EAN13)");
		}
		if (!barcodes && node.has("barcode-type")) {
			report.accept("has 'barcode-type', which only applies to Barcodes");
		}
		return barcodes ? type : null;
	}

}
