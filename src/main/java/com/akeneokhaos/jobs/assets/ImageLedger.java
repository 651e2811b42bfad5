package com.akeneokhaos.jobs.assets;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What asset-url-sync last sent each product ({@code sync_image_item}: the hash and the list of its Images) and which
 * products show each asset ({@code sync_image_asset}), the reverse index that turns a changed asset into the
 * products to look at again.
 */
@Repository
class ImageLedger {

	private final JdbcClient jdbc;

	private final Clock clock;

	ImageLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The hash of the images last sent, by product uuid, for those of these products that have one. */
	Map<String, String> hashes(Collection<String> uuids) {
		Map<String, String> hashes = new HashMap<>();
		if (!uuids.isEmpty()) {
			jdbc.sql("SELECT akeneo_uuid, images_hash FROM sync_image_item WHERE akeneo_uuid IN (:uuids)")
				.param("uuids", uuids)
				.query(rs -> {
					hashes.put(rs.getString(1), rs.getString(2));
				});
		}
		return hashes;
	}

	void recordSent(ImageItem item, String hash, long jobExecutionId) {
		jdbc.sql("""
				INSERT INTO sync_image_item (akeneo_uuid, stock_id, images_hash, images, job_execution_id, updated_at)
				VALUES (:uuid, :stockId, :hash, :images, :execution, :now)
				ON DUPLICATE KEY UPDATE stock_id = VALUES(stock_id), images_hash = VALUES(images_hash),
				  images = VALUES(images), job_execution_id = VALUES(job_execution_id), updated_at = VALUES(updated_at)
				""")
			.param("uuid", item.uuid())
			.param("stockId", item.stockId())
			.param("hash", hash)
			.param("images", item.images().toString())
			.param("execution", jobExecutionId)
			.param("now", LocalDateTime.now(clock))
			.update();
	}

	/** The product now shows exactly these assets. */
	void recordUsage(String uuid, List<AssetRef> assets) {
		jdbc.sql("DELETE FROM sync_image_asset WHERE akeneo_uuid = ?").param(uuid).update();
		for (AssetRef asset : assets.stream().distinct().toList()) {
			jdbc.sql("INSERT INTO sync_image_asset (asset_family, asset_code, akeneo_uuid) VALUES (?, ?, ?)")
				.params(asset.family(), asset.code(), uuid)
				.update();
		}
	}

	/** The products showing any of these assets of a family. */
	List<String> productsShowing(String family, Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT akeneo_uuid FROM sync_image_asset WHERE asset_family = :family "
				+ "AND asset_code IN (:codes) ORDER BY akeneo_uuid")
			.param("family", family)
			.param("codes", codes)
			.query(String.class)
			.list();
	}

	/**
	 * The live products Khaos holds or will hold that asset-url-sync has never looked at (published by another job
	 * since its last run, possibly before its window).
	 */
	List<String> productsNeverLookedAt() {
		return jdbc.sql("""
				SELECT l.akeneo_uuid FROM sync_ledger l
				WHERE l.akeneo_uuid IS NOT NULL AND l.item_key = l.akeneo_uuid AND l.status <> 'DISCONTINUED'
				  AND NOT EXISTS (SELECT 1 FROM sync_image_item i WHERE i.akeneo_uuid = l.akeneo_uuid)
				ORDER BY l.akeneo_uuid
				""")
			.query(String.class)
			.list();
	}

	/** An asset a product shows. */
	record AssetRef(String family, String code) {
	}

}
