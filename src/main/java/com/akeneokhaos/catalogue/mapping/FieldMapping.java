package com.akeneokhaos.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of the mapping file: a Khaos field, who owns it and where its value comes from. A field whose
 * ownership it does not allow cannot be built, so an Akeneo value can never be mapped onto a Khaos-owned
 * field by mistake. {@code source} is tried first; when it gives the product no value, each of
 * {@code fallbacks} is tried in turn (the file's nested {@code fallback:} keys, outermost first).
 * {@code barcodeType} is the Khaos barcode type name, used by {@code Barcodes} only.
 */
public record FieldMapping(KhaosField field, Ownership owner, Source source, List<Source> fallbacks,
		@Nullable String barcodeType) {

	public FieldMapping {
		fallbacks = List.copyOf(fallbacks);
		if (!field.allows(owner)) {
			throw new IllegalArgumentException("Khaos field " + field.path() + " cannot be '" + owner.word() + "'");
		}
		if ((field.kind() == ValueKind.BARCODE) != (barcodeType != null)) {
			throw new IllegalArgumentException("Only Barcodes has, and must have, a barcode type");
		}
	}

	/** A field with a single source and no fallback. */
	public FieldMapping(KhaosField field, Ownership owner, Source source, @Nullable String barcodeType) {
		this(field, owner, source, List.of(), barcodeType);
	}

	public String path() {
		return field.path();
	}

	/** The source, then its fallbacks: every place a value is looked for, in the order it is looked for. */
	public List<Source> sources() {
		List<Source> sources = new ArrayList<>(fallbacks.size() + 1);
		sources.add(source);
		sources.addAll(fallbacks);
		return List.copyOf(sources);
	}

	/** Whether the mapper puts this field in payloads (it never does for {@code never} fields). */
	public boolean published() {
		return owner != Ownership.NEVER;
	}

}
