package com.akeneokhaos.catalogue.mapping;

/**
 * The JSON shape a Khaos field takes in a {@code StockItem}, which decides which Akeneo attribute types
 * can feed it and how the value is written.
 */
enum ValueKind {

	/** A JSON string. */
	STRING,
	/** A JSON number (prices, weights, dimensions, quantities). */
	NUMBER,
	/** A JSON boolean (the {@code Options} flags). */
	BOOLEAN,
	/** An element of {@code Barcodes}: {@code {"Barcode": .., "Type": {"Name": ..}}}. */
	BARCODE,
	/** An element of {@code Images}: {@code {"Name": .., "Filename": url}}. */
	IMAGE,
	/** An element of {@code UserDefinedFields}: {@code {"Name": .., "Value": scalar}}. */
	USER_DEFINED

}
