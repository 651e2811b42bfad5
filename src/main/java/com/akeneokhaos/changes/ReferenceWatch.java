package com.akeneokhaos.changes;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.catalogue.mapping.CatalogueMapping;
import com.akeneokhaos.catalogue.rules.ValidationProperties;
import com.akeneokhaos.structure.StructureProperties;

/**
 * Watches Akeneo's reference data for the changes a product's {@code updated} date does not show. A run
 * that evaluates items notes the reference data it reads when it starts and keeps that snapshot when it
 * completes; delta-sync compares what Akeneo holds now with the snapshot kept last.
 */
@Component
public class ReferenceWatch {

	private final AkeneoClient akeneo;

	private final ReferenceSnapshots snapshots;

	private final CatalogueMapping mapping;

	private final String settings;

	public ReferenceWatch(AkeneoClient akeneo, ReferenceSnapshots snapshots, CatalogueMapping mapping,
			ValidationProperties validation, StructureProperties structure) {
		this.akeneo = akeneo;
		this.snapshots = snapshots;
		this.mapping = mapping;
		this.settings = validation + "\n" + structure;
	}

	/**
	 * Notes the reference data a job instance evaluates its items against (the data it read, plus the family
	 * variants of its families, read now) and returns that snapshot.
	 */
	public ReferenceSnapshot note(long jobInstanceId, String jobName, ReferenceData data) {
		ReferenceSnapshot snapshot = ReferenceSnapshot.of(data,
				akeneo.familyVariants(data.families().keySet()).values(), mapping, settings);
		snapshots.noteCandidate(jobInstanceId, jobName, snapshot);
		return snapshot;
	}

	/** What changed since the snapshot kept last; empty when no run kept one (nothing to compare with). */
	public Optional<ReferenceChanges> changesSinceLastKept(ReferenceSnapshot now) {
		return snapshots.lastKept().map(before -> ReferenceChanges.between(before, now));
	}

	/** The job instance completed: its snapshot becomes the one the next delta compares with. */
	public void keep(long jobInstanceId) {
		snapshots.keep(jobInstanceId);
	}

}
