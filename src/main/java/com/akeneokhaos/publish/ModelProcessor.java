package com.akeneokhaos.publish;

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
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.FieldMapping;
import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.catalogue.mapping.MappingResult;
import com.akeneokhaos.catalogue.mapping.Source;
import com.akeneokhaos.catalogue.mapping.StockItemMapper;
import com.akeneokhaos.catalogue.rules.ProductValidation;
import com.akeneokhaos.catalogue.rules.StockItemValidator;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.outbox.OutboxEntry;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Violation;
import com.akeneokhaos.structure.ModelDirectory;
import com.akeneokhaos.structure.ScsHeadings;
import com.akeneokhaos.structure.ScsParents;
import com.akeneokhaos.structure.StockCodeRegistry;
import com.akeneokhaos.structure.StockIds;

/**
 * Turns a root product model into a Khaos SCS parent: its stock code is the model code, its fields come
 * from the model's values through the same mapping as products, it is never stock controlled, and its
 * {@code SCSParent.Headings} are the labels of the variation axes of every level. Sub-models are not
 * items of their own in Khaos (their axes are headings of the root), so they are filtered out.
 */
public class ModelProcessor implements ItemProcessor<AkeneoProductModel, MappedItem>, ItemStream, ChunkPreparation {

	private final RunReferenceData referenceData;

	private final CatalogueMapping mapping;

	private final StockItemValidator validator;

	private final StockCodeRegistry stockCodes;

	private final ModelDirectory models;

	private @Nullable Run run;

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
		run = new Run(new StockItemMapper(mapping, reference), new ScsHeadings(reference, mapping.defaults().locale()),
				stockCodeAttribute(mapping), new DanglingReferences(reference));
	}

	@Override
	public @Nullable MappedItem process(AkeneoProductModel model) {
		models.remember(model);
		if (!model.isRoot()) {
			return null;
		}
		String itemKey = ItemKeys.forModel(model.code());
		Run current = opened();
		return InconsistentItems.guarded(itemKey, model.code(), () -> parent(model, itemKey, current));
	}

	private MappedItem parent(AkeneoProductModel model, String itemKey, Run current) {
		FamilyVariant familyVariant = models.familyVariant(model).orElse(null);
		List<Violation> problems = new ArrayList<>(
				current.dangling().of("product model", model.family(), model.categories(), model.values()));
		if (familyVariant == null) {
			problems.add(ScsHeadings.familyVariantUnknown(model));
			throw new ItemRejectedException(itemKey, model.code(), problems);
		}
		problems.addAll(current.headings().check(model, familyVariant));
		MappingResult result = current.mapper().map(ScsParents.asProduct(model, current.stockCodeAttribute()));
		MappedStockItem parent = ScsParents.withParentDefaults(result.item());
		problems.addAll(result.problems());
		problems.addAll(ProductValidation.unreported(
				stockCodes.isPublished(itemKey) ? validator.validate(parent) : validator.validateForCreate(parent),
				result.problems()));
		if (problems.isEmpty() && parent.stockCode() != null) {
			stockCodes.claim(parent.stockCode(), itemKey, model.code()).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new ItemRejectedException(itemKey, model.code(), problems);
		}
		ObjectNode relationship = ScsParents.relationship(current.headings().of(familyVariant));
		return MappedItem.builder(itemKey, ItemKind.MODEL, StockIds.forModel(model.code()), parent)
			.sku(model.code())
			.family(model.family())
			.akeneoUpdated(model.updated())
			.categories(model.categories())
			.relationship(relationship, OutboxEntry.RANK_PARENTS)
			.takesCodeFrom(stockCodes.takesCodeFrom(itemKey).orElse(null))
			.build();
	}

	/** Reads the ledger rows of the chunk's root models and the holders of their codes, in two queries. */
	@Override
	public void prepare(List<?> items) {
		stockCodes.startChunk();
		List<String> keys = new ArrayList<>(items.size());
		List<String> codes = new ArrayList<>(items.size());
		for (Object item : items) {
			if (item instanceof AkeneoProductModel model && model.isRoot()) {
				keys.add(ItemKeys.forModel(model.code()));
				codes.add(model.code());
			}
		}
		stockCodes.prefetchItems(keys);
		stockCodes.prefetchStockCodes(codes);
	}

	@Override
	public void written(List<?> items) {
		stockCodes.chunkWritten(items);
	}

	/** The attribute the mapping takes stock codes from: a model's code stands in for it. */
	private static String stockCodeAttribute(CatalogueMapping mapping) {
		return mapping.field("StockCode")
			.map(FieldMapping::source)
			.filter(Source.FromAttribute.class::isInstance)
			.map(source -> ((Source.FromAttribute) source).attribute())
			.orElse("sku");
	}

	private Run opened() {
		if (run == null) {
			throw new IllegalStateException("The processor must be opened before use");
		}
		return run;
	}

	private record Run(StockItemMapper mapper, ScsHeadings headings, String stockCodeAttribute,
			DanglingReferences dangling) {
	}

}
