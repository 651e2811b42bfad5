package com.akeneokhaos.publish;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.structure.Replacements;

/**
 * Makes the writer and the rejection recorders of a publishing step for one run, so a job's configuration names only
 * its run (see {@link PublishingRun}), not everything they are built from.
 */
@Component
public class PublishingParts {

	private final Ledger ledger;

	private final Outbox outbox;

	private final JsonMapper jsonMapper;

	private final Replacements replacements;

	private final SyncExceptions exceptions;

	private final PlatformTransactionManager transactionManager;

	private final ChunkMapping chunkMapping;

	PublishingParts(Ledger ledger, Outbox outbox, JsonMapper jsonMapper, Replacements replacements,
			SyncExceptions exceptions, PlatformTransactionManager transactionManager, ChunkMapping chunkMapping) {
		this.chunkMapping = chunkMapping;
		this.ledger = ledger;
		this.outbox = outbox;
		this.jsonMapper = jsonMapper;
		this.replacements = replacements;
		this.exceptions = exceptions;
		this.transactionManager = transactionManager;
	}

	public PublishingWriter writer(PublishingRun run) {
		return new PublishingWriter(ledger, outbox, jsonMapper, replacements, run, chunkMapping);
	}

	public RejectionRecorder<AkeneoProduct> productRejections(PublishingRun run) {
		return RejectionRecorder.forProducts(exceptions, ledger, transactionManager, run);
	}

	public RejectionRecorder<AkeneoProductModel> modelRejections(PublishingRun run) {
		return RejectionRecorder.forModels(exceptions, ledger, transactionManager, run);
	}

}
