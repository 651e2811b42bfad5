package com.akeneokhaos.catalogue.mapping;

import org.jspecify.annotations.Nullable;

/**
 * One line of the mapping file: a Khaos field, who owns it and where its value comes from. A field whose
 * ownership it does not allow cannot be built, so an Akeneo value can never be mapped onto a Khaos-owned
 * field by mistake. {@code barcodeType} is the Khaos barcode type name, used by {@code Barcodes} only.
 */
public record FieldMapping(KhaosField field, Ownership owner, Source source, @Nullable String barcodeType) {

	public FieldMapping {
		if (!field.allows(owner)) {
			throw new IllegalArgumentException("Khaos field " + field.path() + " cannot be '" + owner.word() + "'");
		}
		if ((field.kind() == ValueKind.BARCODE) != (barcodeType != null)) {
			throw new IllegalArgumentException("Only Barcodes has, and must have, a barcode type");
		}
	}

	public String path() {
		return field.path();
	}

	/** Whether the mapper puts this field in payloads (it never does for {@code never} fields). */
	public boolean published() {
		return owner != Ownership.NEVER;
	}

}
