package com.akeneokhaos.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.FamilyVariant;
import com.akeneokhaos.akeneo.ProductModelPage;

/**
 * The product models and family variants a run meets, remembered from the models step or fetched from
 * Akeneo once each: a variant names only its lowest model, and Khaos needs its root (the SCS parent) and
 * the axes of every level.
 */
public class ModelDirectory {

	private final AkeneoClient akeneo;

	private final Map<String, @Nullable AkeneoProductModel> models = new HashMap<>();

	private final Map<String, FamilyVariant> familyVariants = new HashMap<>();

	private boolean readAll;

	/** A directory for a run that reads every model: asked before any was remembered, it reads them all. */
	public ModelDirectory(AkeneoClient akeneo) {
		this.akeneo = akeneo;
	}

	/** A directory for a run that meets few models (a delta): it fetches each one it is asked about. */
	public static ModelDirectory fetchingEachModel(AkeneoClient akeneo) {
		ModelDirectory directory = new ModelDirectory(akeneo);
		directory.readAll = true;
		return directory;
	}

	/**
	 * Keeps a model the run read anyway (the models step reads them all), without its values: variants
	 * then find their root without a request per model.
	 */
	public void remember(AkeneoProductModel model) {
		models.put(model.code(), model.structureOnly());
	}

	/** The root model above (or equal to) this model; empty when Akeneo does not know the model. */
	public Optional<AkeneoProductModel> root(String modelCode) {
		return model(modelCode).flatMap(model -> model.isRoot() ? Optional.of(model) : model(model.parent()));
	}

	/**
	 * The family variant the model names; empty when Akeneo does not list it in the model's family (a
	 * dangling family variant, or a family Akeneo does not have).
	 */
	public Optional<FamilyVariant> familyVariant(AkeneoProductModel model) {
		FamilyVariant known = familyVariants.get(model.familyVariant());
		if (known == null && !model.family().isEmpty()) {
			familyVariants.putAll(akeneo.familyVariants(List.of(model.family())));
			known = familyVariants.get(model.familyVariant());
		}
		return Optional.ofNullable(known).filter(variant -> variant.family().equals(model.family()));
	}

	private Optional<AkeneoProductModel> model(String code) {
		if (models.isEmpty() && !readAll) {
			readAll();
		}
		if (!models.containsKey(code)) {
			models.put(code, akeneo.productModel(code).orElse(null));
		}
		return Optional.ofNullable(models.get(code));
	}

	/**
	 * When a variant asks before any model was remembered (the products step of a restarted run, whose
	 * models step finished in an earlier execution), every model is read in pages of 100 rather than one
	 * request per model.
	 */
	private void readAll() {
		readAll = true;
		String url = akeneo.productModelsFirstPageUrl(null);
		while (url != null) {
			ProductModelPage page = akeneo.productModelsPage(url);
			page.items().forEach(this::remember);
			url = page.nextUrl();
		}
	}

}
