package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.Ownership.ALWAYS;
import static com.akeneokhaos.catalogue.mapping.Ownership.NEVER;
import static com.akeneokhaos.catalogue.mapping.Ownership.ON_CREATE;
import static com.akeneokhaos.catalogue.mapping.ValueKind.BARCODE;
import static com.akeneokhaos.catalogue.mapping.ValueKind.BOOLEAN;
import static com.akeneokhaos.catalogue.mapping.ValueKind.IMAGE;
import static com.akeneokhaos.catalogue.mapping.ValueKind.NUMBER;
import static com.akeneokhaos.catalogue.mapping.ValueKind.STRING;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Khaos {@code StockItem} fields the sync knows, by path ({@code SellPrice.Net} is {@code Net} inside
 * {@code SellPrice}), with their JSON kind and the ownerships they allow; the first allowed ownership is
 * the default. This is the single statement of who owns which Khaos field: the mapping file is checked
 * against it and the mapper never writes a field whose ownership is {@code never}.
 */
public record KhaosField(String path, ValueKind kind, List<Ownership> allowed) {

	/** The prefix of the dynamic user-defined fields, {@code UserDefinedFields.<Name>}. */
	public static final String USER_DEFINED_PREFIX = "UserDefinedFields.";

	private static final List<Ownership> AKENEO = List.of(ALWAYS, ON_CREATE);

	private static final List<Ownership> KHAOS_AFTER_CREATE = List.of(ON_CREATE);

	private static final List<Ownership> KHAOS = List.of(NEVER);

	private static final Map<String, KhaosField> FIELDS = catalogue();

	public KhaosField {
		allowed = List.copyOf(allowed);
	}

	public Ownership defaultOwnership() {
		return allowed.get(0);
	}

	public boolean allows(Ownership ownership) {
		return allowed.contains(ownership);
	}

	/** The field at this path, including any {@code UserDefinedFields.<Name>} with a non-blank name. */
	public static Optional<KhaosField> lookup(String path) {
		KhaosField known = FIELDS.get(path);
		if (known != null) {
			return Optional.of(known);
		}
		String name = path.startsWith(USER_DEFINED_PREFIX) ? path.substring(USER_DEFINED_PREFIX.length()) : "";
		return name.isBlank() ? Optional.empty()
				: Optional.of(new KhaosField(path, ValueKind.USER_DEFINED, AKENEO));
	}

	/** Every fixed field (user-defined fields are not listed: their names are the operator's). */
	public static List<KhaosField> all() {
		return List.copyOf(FIELDS.values());
	}

	private static Map<String, KhaosField> catalogue() {
		Map<String, KhaosField> fields = new LinkedHashMap<>();
		add(fields, AKENEO, STRING, "StockCode", "ShortDescription", "LongDescription", "Manufacturer.Name",
				"Manufacturer.ID");
		add(fields, AKENEO, STRING, "StockType1.Name", "StockType1.Code", "StockType1.ID", "StockType2.Name",
				"StockType2.Code", "StockType2.ID", "StockType3.Name", "StockType3.Code", "StockType3.ID",
				"StockType4.Name", "StockType4.Code", "StockType4.ID");
		add(fields, AKENEO, NUMBER, "SellPrice.Net", "SellPrice.Gross", "AverageWeight", "Height", "Width", "Depth");
		add(fields, AKENEO, BOOLEAN, "Options.PublishOnWeb", "Options.Discontinued", "Options.RunToZero",
				"Options.DropShipItem", "Options.FreeText", "Options.DiscountsDisabled", "Options.NonPhysical",
				"Options.VatReliefQualified");
		add(fields, AKENEO, BARCODE, "Barcodes");
		add(fields, AKENEO, IMAGE, "Images");
		add(fields, KHAOS_AFTER_CREATE, NUMBER, "BuyPrice.Net", "BuyPrice.Gross", "SalesMultiple");
		add(fields, KHAOS_AFTER_CREATE, STRING, "TaxRate.Name", "TaxRate.Code", "TaxRate.ID");
		add(fields, KHAOS_AFTER_CREATE, BOOLEAN, "Options.StockControlled");
		add(fields, KHAOS, NUMBER, "LeadTime", "ReorderLevel", "ReorderAmount", "StockLevel", "AverageCost",
				"SupplierInfo.Quantity");
		add(fields, KHAOS, STRING, "SupplierInfo.URN", "SupplierInfo.SupplierRef");
		add(fields, KHAOS, BOOLEAN, "SupplierInfo.IsPreferred");
		return Collections.unmodifiableMap(fields);
	}

	private static void add(Map<String, KhaosField> fields, List<Ownership> allowed, ValueKind kind,
			String... paths) {
		for (String path : paths) {
			fields.put(path, new KhaosField(path, kind, allowed));
		}
	}

}
