package com.akeneokhaos.sandbox.akeneo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;

import tools.jackson.databind.node.ObjectNode;

/**
 * A catalogue built by {@link CatalogueGenerator}: Akeneo reference data and products in the REST API's
 * JSON shapes, plus the answer key: which products the sync must reject, with which {@link Rule}, and
 * which are valid. Products are held as compact JSON and parsed on access; accessors return copies.
 * With a {@link ModelSpec}, it also holds product models, family variants and the models' variant products.
 */
public final class GeneratedCatalogue {

	private final CatalogueSpec spec;

	private final ReferenceJson reference;

	private final StoredProduct[] products;

	private final Map<String, DefectKind> defects;

	private final List<String> variantUuids;

	private final List<String> validUuids;

	private final GeneratedModels models;

	GeneratedCatalogue(CatalogueSpec spec, ReferenceJson reference, StoredProduct[] products,
			Map<String, DefectKind> defects, List<String> variantUuids, List<String> validUuids, GeneratedModels models) {
		this.models = models;
		this.spec = spec;
		this.reference = reference;
		this.products = products;
		this.defects = Collections.unmodifiableMap(defects);
		this.variantUuids = List.copyOf(variantUuids);
		this.validUuids = List.copyOf(validUuids);
	}

	public CatalogueSpec spec() {
		return spec;
	}

	public List<ObjectNode> attributes() {
		return ReferenceJson.copy(reference.attributes());
	}

	/** Options per select attribute code ({@code brand}, {@code season}, {@code materials}). */
	public Map<String, List<ObjectNode>> attributeOptions() {
		Map<String, List<ObjectNode>> copy = new LinkedHashMap<>();
		reference.options().forEach((attribute, options) -> copy.put(attribute, ReferenceJson.copy(options)));
		return copy;
	}

	/** Categories of both trees, parents before children. */
	public List<ObjectNode> categories() {
		return ReferenceJson.copy(reference.categories());
	}

	public List<ObjectNode> channels() {
		return ReferenceJson.copy(reference.channels());
	}

	public List<ObjectNode> locales() {
		return ReferenceJson.copy(reference.locales());
	}

	public List<ObjectNode> families() {
		return ReferenceJson.copy(reference.families());
	}

	/** Family code → its family variants in the spec's shape; empty when the catalogue has no models. */
	public Map<String, List<ObjectNode>> familyVariants() {
		Map<String, List<ObjectNode>> copy = new LinkedHashMap<>();
		reference.familyVariants().forEach((family, variants) -> copy.put(family, ReferenceJson.copy(variants)));
		return copy;
	}

	/** Root and sub-models in the {@code product-models} shape, sorted by code (roots before their sub-models). */
	public List<ObjectNode> productModels() {
		return ReferenceJson.copy(models.models());
	}

	public Optional<ObjectNode> productModel(String code) {
		return models.models().stream().filter(m -> m.get("code").asString().equals(code)).findFirst()
			.map(ObjectNode::deepCopy);
	}

	/** The root model codes, sorted. */
	public List<String> rootModelCodes() {
		return models.rootCodes();
	}

	/** Root models of the 5-axis family variant (3 + 2 axes): the sync must reject each as a whole. */
	public List<String> fiveAxisModelCodes() {
		return models.fiveAxisRootCodes();
	}

	/** The uuids of the variant products below a model: directly for a sub-model, through its sub-models for a root. */
	public List<String> variantUuidsOf(String modelCode) {
		return models.variantsByModel().getOrDefault(modelCode, List.of());
	}

	/**
	 * Every variant product of the generated models (not the {@link #variantUuids()} of the spec's variant
	 * count), in generation order. They are among {@link #products()} but in neither {@link #validUuids()}
	 * nor {@link #expectedRejections()}: how the sync treats them depends on their model.
	 */
	public List<String> modelVariantUuids() {
		return models.variants().stream().map(StoredProduct::uuid).toList();
	}

	/** The reference data as the production code's records. */
	public ReferenceData referenceData() {
		return DomainRecords.referenceData(reference);
	}

	public int productCount() {
		return products.length;
	}

	/** All product uuids in ascending order, the order the simulator serves them in. */
	public List<String> uuids() {
		return Arrays.stream(products).map(StoredProduct::uuid).toList();
	}

	/** All products in uuid order, each parsed when read. */
	public List<ObjectNode> products() {
		return new AbstractList<>() {
			@Override
			public ObjectNode get(int index) {
				return products[index].node();
			}

			@Override
			public int size() {
				return products.length;
			}
		};
	}

	public Optional<ObjectNode> product(String uuid) {
		int index = ProductStore.indexOf(products, uuid);
		return index < 0 ? Optional.empty() : Optional.of(products[index].node());
	}

	public Optional<AkeneoProduct> akeneoProduct(String uuid) {
		return product(uuid).map(DomainRecords::product);
	}

	/** uuid → the rule each defective or variant product must be rejected with, in uuid order. */
	public Map<String, Rule> expectedRejections() {
		Map<String, Rule> rejections = new LinkedHashMap<>();
		defects.forEach((uuid, kind) -> rejections.put(uuid, kind.expectedRule()));
		variantUuids.forEach(uuid -> rejections.put(uuid, Rule.PARENT_MODEL_UNKNOWN));
		return rejections;
	}

	/** uuid → the defect planted in it, in uuid order (variants from the spec's variant count excluded). */
	public Map<String, DefectKind> defects() {
		return defects;
	}

	/** Products the sync must accept, in uuid order. */
	public List<String> validUuids() {
		return validUuids;
	}

	/** Products generated as variants of product models because of the spec's variant count. */
	public List<String> variantUuids() {
		return variantUuids;
	}

	/** Writes the whole catalogue, reference data, product models, then products, as JSON lines; same seed, same bytes. */
	public void writeTo(OutputStream out) {
		try {
			for (ObjectNode node : reference.all()) {
				out.write(Json.bytes(node));
				out.write('\n');
			}
			for (ObjectNode node : models.models()) {
				out.write(Json.bytes(node));
				out.write('\n');
			}
			for (StoredProduct product : products) {
				out.write(product.json());
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SHA-256 (hex) of {@link #writeTo(OutputStream)}: equal fingerprints mean byte-identical catalogues. */
	public String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			writeTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	StoredProduct[] storedProducts() {
		return products;
	}

	List<ObjectNode> storedModels() {
		return models.models();
	}

	ReferenceJson reference() {
		return reference;
	}

}
