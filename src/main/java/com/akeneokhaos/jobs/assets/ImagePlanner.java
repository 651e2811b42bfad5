package com.akeneokhaos.jobs.assets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.Searches;
import com.akeneokhaos.changes.Watermarks;

/**
 * Decides what a run reads. The first run (no completed one yet) reads every product. Later runs read, from the start
 * of the last completed run minus the overlap: the products {@code updated} since (an asset list reordered, an image
 * attribute changed), the products showing an asset updated since (found through the reverse index: an asset's new
 * file does not change its products' {@code updated}), and the products another job published that this job has
 * never looked at.
 */
@Component
class ImagePlanner {

	static final DateTimeFormatter PRODUCT_DATES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Watermarks watermarks;

	private final AkeneoClient akeneo;

	private final ImageLedger images;

	private final AssetSyncProperties properties;

	ImagePlanner(Watermarks watermarks, AkeneoClient akeneo, ImageLedger images, AssetSyncProperties properties) {
		this.watermarks = watermarks;
		this.akeneo = akeneo;
		this.images = images;
		this.properties = properties;
	}

	ImagePlan plan(ImageSourcing sourcing) {
		if (sourcing.mapping().sources().isEmpty()) {
			return new ImagePlan(null, false, List.of(), 0, false);
		}
		Optional<Instant> lastStart = watermarks.lastCompletedStart(List.of(AssetUrlSyncJobConfiguration.JOB_NAME));
		if (lastStart.isEmpty()) {
			return new ImagePlan(null, true, List.of(), 0, true);
		}
		Instant since = lastStart.get().minus(properties.overlap()).truncatedTo(ChronoUnit.SECONDS);
		List<String> searches = new ArrayList<>();
		searches.add(Searches.updatedSince(since.atZone(ZoneOffset.UTC).format(PRODUCT_DATES)));
		TreeSet<String> uuids = new TreeSet<>(images.productsNeverLookedAt());
		int changedAssets = 0;
		for (String family : sourcing.families()) {
			List<String> changed = akeneo.assetCodesUpdatedSince(family, since.toString());
			changedAssets += changed.size();
			uuids.addAll(images.productsShowing(family, changed));
		}
		searches.addAll(Searches.uuids(uuids));
		return new ImagePlan(since.toString(), false, searches, changedAssets, true);
	}

}
