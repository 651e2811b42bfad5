package com.akeneokhaos.sync;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.FamilyVariant;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.sync.mapping.CatalogueMapping;
import com.akeneokhaos.sync.mapping.MappedStockItem;
import com.akeneokhaos.sync.mapping.MappingResult;
import com.akeneokhaos.sync.validation.ItemRejectedException;
import com.akeneokhaos.sync.validation.ProductValidation;
import com.akeneokhaos.sync.validation.StockItemValidator;
import com.akeneokhaos.sync.validation.Violation;

/**
 * Turns a root product model into a Khaos SCS parent: its stock code is the model code, its fields come
 * from the model's values through the same mapping as products, it is never stock controlled, and its
 * {@code SCSParent.Headings} are the labels of the variation axes of every level. Sub-models are not
 * items of their own in Khaos (their axes are headings of the root), so they are filtered out.
 */
public class ModelProcessor implements ItemProcessor<AkeneoProductModel, MappedItem>, ItemStream {

	private final RunReferenceData referenceData;

	private final CatalogueMapping mapping;

	private final StockItemValidator validator;

	private final StockCodeRegistry stockCodes;

	private final ModelDirectory models;

	private @Nullable ProductValidation validation;

	private @Nullable ScsHeadings headings;

	public ModelProcessor(ModelDirectory models, RunReferenceData referenceData, CatalogueMapping mapping,
			StockItemValidator validator, StockCodeRegistry stockCodes) {
		this.models = models;
		this.referenceData = referenceData;
		this.mapping = mapping;
		this.validator = validator;
		this.stockCodes = stockCodes;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ReferenceData reference = referenceData.get();
		validation = ProductValidation.forRun(mapping, reference, validator);
		headings = new ScsHeadings(reference, mapping.defaults().locale());
	}

	@Override
	public @Nullable MappedItem process(AkeneoProductModel model) {
		if (!model.isRoot()) {
			return null;
		}
		String itemKey = ItemKeys.forModel(model.code());
		FamilyVariant familyVariant = models.familyVariant(model);
		List<Violation> problems = new ArrayList<>(opened().headings.check(model, familyVariant));
		MappingResult result = opened().validation.mapper().map(ScsParents.asProduct(model, identifier()));
		MappedStockItem parent = ScsParents.withParentDefaults(result.item());
		problems.addAll(result.problems());
		problems.addAll(stockCodes.isPublished(itemKey) ? validator.validate(parent) : validator.validateForCreate(parent));
		if (problems.isEmpty() && parent.stockCode() != null) {
			stockCodes.claim(parent.stockCode(), itemKey, model.code()).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new ItemRejectedException(itemKey, model.code(), problems);
		}
		ObjectNode relationship = ScsParents.relationship(parent, opened().headings.of(familyVariant));
		return new MappedItem(itemKey, ItemKind.MODEL, null, model.code(), model.family(), null, model.updated(),
				StockIds.forModel(model.code()), parent, relationship, 0);
	}

	private String identifier() {
		return opened().validation.mapper().mapping().field("StockCode")
			.map(field -> field.source() instanceof com.akeneokhaos.sync.mapping.Source.FromAttribute a ? a.attribute()
					: "sku")
			.orElse("sku");
	}

	private Opened opened() {
		if (validation == null || headings == null) {
			throw new IllegalStateException("The processor must be opened before use");
		}
		return new Opened(validation, headings);
	}

	private record Opened(ProductValidation validation, ScsHeadings headings) {
	}

}
