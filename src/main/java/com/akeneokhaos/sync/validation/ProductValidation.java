package com.akeneokhaos.sync.validation;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.sync.mapping.CatalogueMapping;
import com.akeneokhaos.sync.mapping.MappedStockItem;
import com.akeneokhaos.sync.mapping.MappingResult;
import com.akeneokhaos.sync.mapping.StockItemMapper;

/**
 * Maps and validates one product in a single call, for a job's processor: the result holds the stock item
 * and every problem (unreadable values first, then broken Khaos rules). Built once per run, because the
 * mapper needs that run's Akeneo reference data.
 */
public final class ProductValidation {

	private final StockItemMapper mapper;

	private final StockItemValidator validator;

	public ProductValidation(StockItemMapper mapper, StockItemValidator validator) {
		this.mapper = mapper;
		this.validator = validator;
	}

	/** Checks the mapping against Akeneo (throwing {@code MappingException}) and prepares the run. */
	public static ProductValidation forRun(CatalogueMapping mapping, ReferenceData reference,
			StockItemValidator validator) {
		return new ProductValidation(new StockItemMapper(mapping, reference), validator);
	}

	/** The mapped item with mapping problems and rule violations together; accepted when there are none. */
	public MappingResult mapAndValidate(AkeneoProduct product) {
		MappingResult mapped = mapper.map(product);
		return mapped.withProblems(validator.validate(mapped.item()));
	}

	/**
	 * The mapped item, or {@link ItemRejectedException} (keyed by the product uuid, with its SKU) carrying
	 * every violation when the item must not reach Khaos.
	 */
	public MappedStockItem mapOrReject(AkeneoProduct product) {
		MappingResult result = mapAndValidate(product);
		if (!result.accepted()) {
			String sku = mapper.sku(product);
			throw new ItemRejectedException(product.uuid(), (sku != null) ? sku : result.item().stockCode(),
					result.problems());
		}
		return result.item();
	}

	public StockItemMapper mapper() {
		return mapper;
	}

}
