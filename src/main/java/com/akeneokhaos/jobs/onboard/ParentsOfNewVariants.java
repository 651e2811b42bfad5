package com.akeneokhaos.jobs.onboard;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.reader.AkeneoProductReader;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerStatus;
import com.akeneokhaos.structure.ModelDirectory;

/**
 * The root product models of the new variant products that Khaos does not hold yet: Khaos takes a variant only
 * under its SCS parent, so these are published before the products. Found when the step opens by reading the new
 * variant products once (Akeneo's {@code parent NOT EMPTY} filter); a restart finds them again and skips as many as
 * the failed attempt read.
 */
class ParentsOfNewVariants extends AbstractItemCountingItemStreamItemReader<AkeneoProductModel> {

	private final AkeneoProductReader newProducts;

	private final ModelDirectory models;

	private final Ledger ledger;

	private @Nullable Iterator<AkeneoProductModel> parents;

	ParentsOfNewVariants(AkeneoProductReader newProducts, ModelDirectory models, Ledger ledger) {
		this.newProducts = newProducts;
		this.models = models;
		this.ledger = ledger;
		setName("parents-of-new-variants");
	}

	@Override
	protected void doOpen() throws Exception {
		Map<String, AkeneoProductModel> roots = new LinkedHashMap<>();
		newProducts.open(new ExecutionContext());
		try {
			for (AkeneoProduct product = newProducts.read(); product != null; product = newProducts.read()) {
				if (product.isVariant()) {
					models.root(product.parent()).ifPresent(root -> roots.putIfAbsent(root.code(), root));
				}
			}
		}
		finally {
			newProducts.close();
		}
		List<AkeneoProductModel> unpublished = new ArrayList<>();
		for (AkeneoProductModel root : roots.values()) {
			boolean held = ledger.find(ItemKeys.forModel(root.code()))
				.filter(entry -> entry.wasPublished() && entry.status() != LedgerStatus.DISCONTINUED)
				.isPresent();
			if (!held) {
				unpublished.add(root);
			}
		}
		parents = unpublished.iterator();
	}

	@Override
	protected @Nullable AkeneoProductModel doRead() {
		return (parents != null && parents.hasNext()) ? parents.next() : null;
	}

	@Override
	protected void doClose() {
		parents = null;
	}

}
