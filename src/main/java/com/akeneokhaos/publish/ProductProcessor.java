package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.mapping.MappingResult;
import com.akeneokhaos.catalogue.rules.ProductValidation;
import com.akeneokhaos.catalogue.rules.StockItemValidator;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;
import com.akeneokhaos.structure.Discontinuation;
import com.akeneokhaos.structure.ModelDirectory;
import com.akeneokhaos.structure.Replacements;
import com.akeneokhaos.structure.StockCodeRegistry;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.structure.VariantLinker;

/**
 * Turns an Akeneo product into a Khaos stock item, or rejects it with every reason. Akeneo's reference
 * data is read once when the step opens (a mapping that does not fit this Akeneo fails the step there,
 * naming the field), never once per product. The ledger is read once per chunk, before its products are
 * processed (see {@link ChunkPreparation}), never once per product either.
 */
public class ProductProcessor implements ItemProcessor<AkeneoProduct, MappedItem>, ItemStream, ChunkPreparation {

	private final RunReferenceData referenceData;

	private final CatalogueMapping mapping;

	private final StockItemValidator validator;

	private final StockCodeRegistry stockCodes;

	private final ModelDirectory models;

	private final Replacements replacements;

	private final ChunkMapping chunkMapping;

	private @Nullable ProductValidation validation;

	private @Nullable VariantLinker linker;

	private @Nullable DanglingReferences dangling;

	/** What {@link #prepare} mapped for the current chunk, by product instance. */
	private final Map<AkeneoProduct, MappingResult> prepared = new IdentityHashMap<>();

	ProductProcessor(RunReferenceData referenceData, ModelDirectory models, CatalogueMapping mapping,
			StockItemValidator validator, StockCodeRegistry stockCodes, Replacements replacements,
			ChunkMapping chunkMapping) {
		this.models = models;
		this.chunkMapping = chunkMapping;
		this.replacements = replacements;
		this.referenceData = referenceData;
		this.mapping = mapping;
		this.validator = validator;
		this.stockCodes = stockCodes;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		validation = ProductValidation.forRun(mapping, referenceData.get(), validator);
		linker = new VariantLinker(models, stockCodes, referenceData.get(), mapping.defaults().locale());
		dangling = new DanglingReferences(referenceData.get());
	}

	@Override
	public MappedItem process(AkeneoProduct product) {
		opened(); // a processor used before it was opened is a bug, not an item's problem
		return InconsistentItems.guarded(product.uuid(), skuOf(product), () -> item(product));
	}

	private MappedItem item(AkeneoProduct product) {
		ProductValidation run = opened();
		String sku = run.mapper().sku(product);
		VariantLinker.Link link = linker().link(product);
		MappingResult result = prepared.get(product);
		if (result == null) {
			result = run.mapAndValidate(product, needsNewKhaosItem(product));
		}
		List<Violation> problems = new ArrayList<>(link.problems());
		problems.addAll(dangling().of("product", product.family(), product.categories(), product.values()));
		problems.addAll(result.problems());
		String stockCode = result.item().stockCode();
		if (problems.isEmpty() && stockCode != null) {
			stockCodes.claim(stockCode, product.uuid(), sku).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new ItemRejectedException(product.uuid(), sku, explained(problems, product, link.kind()));
		}
		return MappedItem
			.builder(product.uuid(), link.kind(), StockIds.forProduct(product.uuid()),
					Discontinuation.reflect(result.item(), product.enabled()))
			.akeneoUuid(product.uuid())
			.sku(sku)
			.family(product.family())
			.parentCode(product.parent())
			.akeneoUpdated(product.updated())
			.categories(product.categories())
			.relationship(link.relationship(), Discontinuation.deliveryRank(link.deliveryRank(), product.enabled()))
			.takesCodeFrom(stockCodes.takesCodeFrom(product.uuid()).orElse(null))
			.build();
	}

	/**
	 * Prepares a chunk before its items are processed, so that processing them asks the database nothing:
	 * reads the ledger rows of the chunk's products (and of its variants' SCS parents) in one query, maps
	 * and validates each product as {@link #process} would (on every core at once, see {@link ChunkMapping})
	 * and keeps the result for it, then reads the live holders of the stock codes they claim in a second query.
	 * Anything else (the written items of a scan after a failed write) is not prepared; an item
	 * {@link #process} finds unprepared is looked up on its own.
	 */
	@Override
	public void prepare(List<?> items) {
		prepared.clear();
		stockCodes.startChunk();
		List<AkeneoProduct> products = new ArrayList<>(items.size());
		for (Object item : items) {
			if (!(item instanceof AkeneoProduct product)) {
				return;
			}
			products.add(product);
		}
		ProductValidation run = opened();
		stockCodes.prefetchItems(ledgerKeysOf(products));
		Map<AkeneoProduct, Boolean> creating = whetherCreating(products);
		prepared.putAll(chunkMapping.mapAll(products.stream().filter(creating::containsKey).toList(),
				product -> run.mapAndValidate(product, creating.get(product))));
		stockCodes.prefetchStockCodes(codesClaimed(products));
	}

	/** Whether each product needs a new Khaos item; one whose ledger entry cannot be read is left out. */
	private Map<AkeneoProduct, Boolean> whetherCreating(List<AkeneoProduct> products) {
		Map<AkeneoProduct, Boolean> creating = new IdentityHashMap<>();
		for (AkeneoProduct product : products) {
			try {
				creating.put(product, needsNewKhaosItem(product));
			}
			catch (RuntimeException ex) {
				// process asks again, and fails there as it always did
			}
		}
		return creating;
	}

	/** The stock codes the prepared products will claim: those mapped without a problem. */
	private List<String> codesClaimed(List<AkeneoProduct> products) {
		List<String> claimed = new ArrayList<>(products.size());
		for (AkeneoProduct product : products) {
			MappingResult result = prepared.get(product);
			if (result != null && result.problems().isEmpty() && result.item().stockCode() != null) {
				claimed.add(result.item().stockCode());
			}
		}
		return claimed;
	}

	/** The ledger keys the chunk's products ask about: their own, and those of their SCS parents. */
	private List<String> ledgerKeysOf(List<AkeneoProduct> products) {
		Set<String> keys = new LinkedHashSet<>();
		for (AkeneoProduct product : products) {
			keys.add(product.uuid());
			if (product.isVariant()) {
				rootOf(product).ifPresent(root -> keys.add(ItemKeys.forModel(root.code())));
			}
		}
		return List.copyOf(keys);
	}

	private Optional<AkeneoProductModel> rootOf(AkeneoProduct variant) {
		try {
			return models.root(variant.parent());
		}
		catch (RuntimeException ex) {
			return Optional.empty(); // process looks the model up again, and fails there as it always did
		}
	}

	/**
	 * The chunk's items were written (its transaction commits next): what was prepared for it is dropped,
	 * and so are the stock codes they claimed, which the ledger now holds.
	 */
	@Override
	public void written(List<?> items) {
		prepared.clear();
		stockCodes.chunkWritten(items);
	}

	/** The problems, those asking for what a new Khaos item needs saying why a known product needs one. */
	private List<Violation> explained(List<Violation> problems, AkeneoProduct product, ItemKind kind) {
		return replacements.whyNewKhaosItem(stockCodes.ledgerEntry(product.uuid()).orElse(null), kind)
			.map(why -> problems.stream().map(v -> v.rule().onlyForNewItems() ? v.explained(why) : v).toList())
			.orElse(problems);
	}

	/** Whether the product gets a new Khaos item, so what Khaos needs on create must be there. */
	private boolean needsNewKhaosItem(AkeneoProduct product) {
		return replacements.needsNewKhaosItem(stockCodes.ledgerEntry(product.uuid()).orElse(null),
				product.isVariant() ? ItemKind.VARIANT : ItemKind.SIMPLE);
	}

	/** The SKU for the exception rows of a product the sync could not process; null when even that fails. */
	private @Nullable String skuOf(AkeneoProduct product) {
		try {
			return opened().mapper().sku(product);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private DanglingReferences dangling() {
		if (dangling == null) {
			throw new IllegalStateException("The processor must be opened before use");
		}
		return dangling;
	}

	private VariantLinker linker() {
		if (linker == null) {
			throw new IllegalStateException("The processor must be opened before use");
		}
		return linker;
	}

	private ProductValidation opened() {
		if (validation == null) {
			throw new IllegalStateException("The processor must be opened before use");
		}
		return validation;
	}

}
