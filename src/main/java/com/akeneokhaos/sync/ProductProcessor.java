package com.akeneokhaos.sync;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.sync.mapping.CatalogueMapping;
import com.akeneokhaos.sync.mapping.MappingResult;
import com.akeneokhaos.sync.validation.ItemRejectedException;
import com.akeneokhaos.sync.validation.ProductValidation;
import com.akeneokhaos.sync.validation.Rule;
import com.akeneokhaos.sync.validation.StockItemValidator;
import com.akeneokhaos.sync.validation.Violation;

/**
 * Turns an Akeneo product into a Khaos stock item, or rejects it with every reason. Akeneo's reference
 * data is read once when the step opens (a mapping that does not fit this Akeneo fails the step there,
 * naming the field), never once per product.
 */
public class ProductProcessor implements ItemProcessor<AkeneoProduct, MappedItem>, ItemStream {

	private final AkeneoClient akeneo;

	private final CatalogueMapping mapping;

	private final StockItemValidator validator;

	private final StockCodeRegistry stockCodes;

	private @Nullable ProductValidation validation;

	public ProductProcessor(AkeneoClient akeneo, CatalogueMapping mapping, StockItemValidator validator,
			StockCodeRegistry stockCodes) {
		this.akeneo = akeneo;
		this.mapping = mapping;
		this.validator = validator;
		this.stockCodes = stockCodes;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		validation = ProductValidation.forRun(mapping, akeneo.referenceData(), validator);
	}

	@Override
	public MappedItem process(AkeneoProduct product) {
		ProductValidation run = opened();
		String sku = run.mapper().sku(product);
		if (product.isVariant()) {
			throw new ItemRejectedException(product.uuid(), sku, List.of(variantNotYetSupported(product)));
		}
		MappingResult result = run.mapAndValidate(product, !stockCodes.isPublished(product.uuid()));
		List<Violation> problems = new ArrayList<>(result.problems());
		String stockCode = result.item().stockCode();
		if (problems.isEmpty() && stockCode != null) {
			stockCodes.claim(stockCode, product.uuid(), "SKU '" + sku + "' (" + product.uuid() + ")")
				.ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new ItemRejectedException(product.uuid(), sku, problems);
		}
		return new MappedItem(product.uuid(), ItemKind.SIMPLE, product.uuid(), sku, product.family(), null,
				product.updated(), StockIds.forProduct(product.uuid()), result.item());
	}

	private ProductValidation opened() {
		if (validation == null) {
			throw new IllegalStateException("The processor must be opened before use");
		}
		return validation;
	}

	private static Violation variantNotYetSupported(AkeneoProduct product) {
		return new Violation(Rule.VARIANT_NOT_SUPPORTED, null, product.parent(),
				"This product is a variant of the product model '" + product.parent()
						+ "'. Variants are not sent to Khaos yet (they will be once product models are supported), "
						+ "so it was left out of this run.");
	}

}
