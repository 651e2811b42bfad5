package com.akeneokhaos.publish;

import org.springframework.stereotype.Component;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.rules.StockItemValidator;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.structure.AkeneoPresence;
import com.akeneokhaos.structure.ModelDirectory;
import com.akeneokhaos.structure.Replacements;
import com.akeneokhaos.structure.StockCodeRegistry;

/**
 * Makes the processors every publishing job runs its items through, the same stages for each job: structure,
 * mapping, Khaos rules, claiming the stock code. A job gives only the model directory that suits how it reads
 * (every model, or the few it meets). Each processor gets a code registry of its own.
 */
@Component
public class ItemProcessors {

	private final RunReferenceData runReferenceData;

	private final CatalogueMapping mapping;

	private final StockItemValidator validator;

	private final Ledger ledger;

	private final AkeneoClient akeneo;

	private final Replacements replacements;

	private final ChunkMapping chunkMapping;

	ItemProcessors(RunReferenceData runReferenceData, CatalogueMapping mapping, StockItemValidator validator,
			Ledger ledger, AkeneoClient akeneo, Replacements replacements, ChunkMapping chunkMapping) {
		this.chunkMapping = chunkMapping;
		this.runReferenceData = runReferenceData;
		this.mapping = mapping;
		this.validator = validator;
		this.ledger = ledger;
		this.akeneo = akeneo;
		this.replacements = replacements;
	}

	public ProductProcessor forProducts(ModelDirectory models) {
		return new ProductProcessor(runReferenceData, models, mapping, validator, codes(), replacements, chunkMapping);
	}

	public ModelProcessor forModels(ModelDirectory models) {
		return new ModelProcessor(models, runReferenceData, mapping, validator, codes());
	}

	private StockCodeRegistry codes() {
		return new StockCodeRegistry(ledger, new AkeneoPresence(akeneo));
	}

}
