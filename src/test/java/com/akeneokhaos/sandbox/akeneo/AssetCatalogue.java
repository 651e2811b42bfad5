package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asset Manager data in Akeneo's shapes for the simulator, derived from product uuids (e.g. a
 * {@link GeneratedCatalogue}'s): two asset families, one per way Akeneo gives an asset's main media a URL, each with
 * {@code n} assets per product linked from the product through an asset collection attribute of the family's code.
 * <ul>
 * <li>{@value #PACKSHOTS}: main media {@value #PACKSHOT_MEDIA}, a {@code media_link} (image) whose data is
 * {@code <uuid>-<n>.jpg} and whose URL is the attribute's prefix {@value #PACKSHOT_PREFIX} + data (no suffix);
 * assets {@code packshot_<uuid with underscores>_<n>}, plus a localizable {@code alt_text};</li>
 * <li>{@value #PRODUCT_PHOTOS}: main media {@value #PHOTO}, a {@code media_file} (image) whose data is a file code
 * {@code a/b/c/d/<sha1>_<uuid>-<n>.jpg} served by {@code asset-media-files}; assets
 * {@code photo_<uuid with underscores>_<n>}; sharing off (see {@link #productPhotosFamily(boolean)}).</li>
 * </ul>
 * Positions {@code n} start at 1 and the product value lists the assets in position order.
 */
public final class AssetCatalogue {

	public static final String PACKSHOTS = "packshots";

	public static final String PACKSHOT_MEDIA = "media";

	public static final String PACKSHOT_PREFIX = "https://cdn.example.com/packshots/";

	public static final String PRODUCT_PHOTOS = "product_photos";

	public static final String PHOTO = "photo";

	public static final String ALT_TEXT = "alt_text";

	private AssetCatalogue() {
	}

	/** The {@value #PACKSHOTS} family: main media the media link {@value #PACKSHOT_MEDIA}. */
	public static ObjectNode packshotsFamily() {
		ObjectNode family = Json.object();
		family.put("code", PACKSHOTS);
		family.set("labels", Json.labels("Packshots", "Plans produit"));
		family.put("attribute_as_main_media", PACKSHOT_MEDIA);
		return family;
	}

	/** {@value #PACKSHOT_MEDIA} (media link, image, prefix {@value #PACKSHOT_PREFIX}) and {@value #ALT_TEXT}. */
	public static List<ObjectNode> packshotsAttributes() {
		ObjectNode media = attribute(PACKSHOT_MEDIA, AssetStore.MEDIA_LINK, "Media", "Média");
		media.put("media_type", "image");
		media.put("prefix", PACKSHOT_PREFIX);
		media.putNull("suffix");
		return List.of(media, altText());
	}

	/** The {@value #PRODUCT_PHOTOS} family: main media the media file {@value #PHOTO}; public links if asked. */
	public static ObjectNode productPhotosFamily(boolean sharingEnabled) {
		ObjectNode family = Json.object();
		family.put("code", PRODUCT_PHOTOS);
		family.set("labels", Json.labels("Product photos", "Photos produit"));
		family.put("attribute_as_main_media", PHOTO);
		family.put("sharing_enabled", sharingEnabled);
		return family;
	}

	/** {@value #PHOTO} (media file, image, jpg or png) and {@value #ALT_TEXT}. */
	public static List<ObjectNode> productPhotosAttributes() {
		ObjectNode photo = attribute(PHOTO, AssetStore.MEDIA_FILE, "Photo", "Photo");
		photo.put("media_type", "image");
		photo.putArray("allowed_extensions").add("jpg").add("png");
		photo.putNull("max_file_size");
		return List.of(photo, altText());
	}

	/** An asset code derived from the product and a position (1-based): {@code <prefix>_<uuid, _ for ->_<n>}. */
	public static String assetCode(String prefix, String productUuid, int position) {
		return prefix + "_" + productUuid.replace('-', '_') + "_" + position;
	}

	public static String packshotCode(String productUuid, int position) {
		return assetCode("packshot", productUuid, position);
	}

	public static String photoCode(String productUuid, int position) {
		return assetCode("photo", productUuid, position);
	}

	/** The link text of a packshot's media: {@code <uuid>-<n>.jpg}. */
	public static String packshotLink(String productUuid, int position) {
		return productUuid + "-" + position + ".jpg";
	}

	/** The file code of a photo's media file, as Akeneo stores files: {@code a/b/c/d/<sha1>_<uuid>-<n>.jpg}. */
	public static String photoFileCode(String productUuid, int position) {
		String filename = productUuid + "-" + position + ".jpg";
		String sha1 = sha1(PRODUCT_PHOTOS + "/" + filename);
		return sha1.charAt(0) + "/" + sha1.charAt(1) + "/" + sha1.charAt(2) + "/" + sha1.charAt(3) + "/" + sha1 + "_"
				+ filename;
	}

	/** A packshot asset: its media link and an en_GB alt text. */
	public static ObjectNode packshot(String productUuid, int position) {
		return asset(packshotCode(productUuid, position), PACKSHOT_MEDIA, packshotLink(productUuid, position),
				"Packshot " + position + " of " + productUuid);
	}

	/** A product photo asset: its media file and an en_GB alt text. */
	public static ObjectNode productPhoto(String productUuid, int position) {
		return asset(photoCode(productUuid, position), PHOTO, photoFileCode(productUuid, position),
				"Photo " + position + " of " + productUuid);
	}

	/**
	 * A product attribute of type {@code pim_catalog_asset_collection} linking to the asset family of the same code,
	 * not localizable nor scopable, in Akeneo's attribute shape.
	 */
	public static ObjectNode assetCollectionAttribute(String code, String assetFamily) {
		ObjectNode json = Json.productAttribute(code, "pim_catalog_asset_collection");
		json.put("reference_data_name", assetFamily);
		return json;
	}

	/** A product attribute of type {@code pim_catalog_image} (jpg, png), not localizable nor scopable. */
	public static ObjectNode imageAttribute(String code) {
		ObjectNode json = Json.productAttribute(code, "pim_catalog_image");
		json.putArray("allowed_extensions").add("jpg").add("png");
		return json;
	}

	/** A product's asset collection value: {@code [{"locale":null,"scope":null,"data":[codes…]}]}. */
	public static ArrayNode assetCollectionValue(List<String> assetCodes) {
		ArrayNode value = Json.MAPPER.createArrayNode();
		ObjectNode entry = value.addObject();
		entry.putNull("locale");
		entry.putNull("scope");
		ArrayNode data = entry.putArray("data");
		assetCodes.forEach(data::add);
		return value;
	}

	/**
	 * A product's image value as Akeneo serves it: the media file code as data and
	 * {@code _links.download.href} = {@code <baseUrl>/api/rest/v1/media-files/<code>/download}.
	 */
	public static ArrayNode imageValue(String baseUrl, String mediaFileCode) {
		ArrayNode value = Json.MAPPER.createArrayNode();
		ObjectNode entry = value.addObject();
		entry.putNull("locale");
		entry.putNull("scope");
		entry.put("data", mediaFileCode);
		entry.putObject("_links").putObject("download").put("href",
				baseUrl + MediaFilesEndpoint.MEDIA_FILES + "/" + mediaFileCode + "/download");
		return value;
	}

	/** A product media file's metadata for {@link AkeneoSimulator#addMediaFile}: code and original file name. */
	public static ObjectNode mediaFile(String code, String originalFilename) {
		ObjectNode json = Json.object();
		json.put("code", code);
		json.put("original_filename", originalFilename);
		return json;
	}

	/** A product media file code as Akeneo stores files: {@code a/b/c/d/<sha1>_<filename>}. */
	public static String mediaFileCode(String filename) {
		String sha1 = sha1("media/" + filename);
		return sha1.charAt(0) + "/" + sha1.charAt(1) + "/" + sha1.charAt(2) + "/" + sha1.charAt(3) + "/" + sha1 + "_"
				+ filename;
	}

	static void givePackshots(AkeneoSimulator simulator, List<String> productUuids, int perProduct) {
		give(simulator, PACKSHOTS, productUuids, perProduct, false);
	}

	static void giveProductPhotos(AkeneoSimulator simulator, List<String> productUuids, int perProduct) {
		give(simulator, PRODUCT_PHOTOS, productUuids, perProduct, true);
	}

	/**
	 * Adds the family unless it exists (keeping a family a test set up, e.g. with sharing on), the product
	 * attribute, the assets and each product's value.
	 */
	private static void give(AkeneoSimulator simulator, String family, List<String> productUuids, int perProduct,
			boolean photos) {
		if (perProduct < 0) {
			throw new IllegalArgumentException("perProduct must not be negative");
		}
		if (simulator.assetFamily(family).isEmpty()) {
			simulator.addAssetFamily(photos ? productPhotosFamily(false) : packshotsFamily(),
					photos ? productPhotosAttributes() : packshotsAttributes());
		}
		simulator.addAttribute(assetCollectionAttribute(family, family));
		for (String uuid : productUuids) {
			List<String> codes = new ArrayList<>();
			for (int position = 1; position <= perProduct; position++) {
				ObjectNode asset = photos ? productPhoto(uuid, position) : packshot(uuid, position);
				simulator.putAsset(family, asset);
				codes.add(asset.get("code").asString());
			}
			simulator.updateProduct(uuid, product -> {
				ObjectNode values = product.has("values") ? (ObjectNode) product.get("values") : product.putObject("values");
				values.set(family, assetCollectionValue(codes));
			});
		}
	}

	private static ObjectNode asset(String code, String mediaAttribute, String media, String altText) {
		ObjectNode asset = Json.object();
		asset.put("code", code);
		ObjectNode values = asset.putObject("values");
		ObjectNode main = values.putArray(mediaAttribute).addObject();
		main.putNull("locale");
		main.putNull("channel");
		main.put("data", media);
		ObjectNode alt = values.putArray(ALT_TEXT).addObject();
		alt.put("locale", "en_GB");
		alt.putNull("channel");
		alt.put("data", altText);
		return asset;
	}

	private static ObjectNode altText() {
		ObjectNode text = attribute(ALT_TEXT, "text", "Alternative text", "Texte alternatif");
		text.put("value_per_locale", true);
		text.put("max_characters", 255);
		text.put("is_textarea", false);
		text.put("is_rich_text_editor", false);
		text.put("validation_rule", "none");
		text.putNull("validation_regexp");
		return text;
	}

	private static ObjectNode attribute(String code, String type, String english, String french) {
		ObjectNode json = Json.object();
		json.put("code", code);
		json.set("labels", Json.labels(english, french));
		json.put("type", type);
		json.put("value_per_locale", false);
		json.put("value_per_channel", false);
		json.put("is_required_for_completeness", false);
		json.put("is_read_only", false);
		return json;
	}

	private static String sha1(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
