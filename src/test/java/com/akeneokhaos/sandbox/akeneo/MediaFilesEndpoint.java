package com.akeneokhaos.sandbox.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The media file endpoints: {@code GET media-files} (page pagination) and {@code GET media-files/{code}} (a product
 * media file's metadata with {@code _links.download}), and the three that answer a binary:
 * {@code GET media-files/{code}/download}, {@code GET asset-media-files/{code}} (a file an asset's media file value
 * holds) and the public share links of assets in families with {@code sharing_enabled}
 * ({@code /asset-share/{family}/{attribute}/{filename}}, outside the API: no token needed). File codes hold slashes
 * ({@code a/b/c/d/<sha1>_photo.jpg}). A binary is a few bytes with the file's content type (see
 * {@link MediaBytes}); every request to one of them is a download, see {@link #isDownload}.
 */
final class MediaFilesEndpoint {

	static final String MEDIA_FILES = ReferenceEndpoint.ROOT + "media-files";

	static final String ASSET_MEDIA_FILES = ReferenceEndpoint.ROOT + "asset-media-files/";

	static final String SHARE_ROOT = "/asset-share/";

	private static final String DOWNLOAD = "/download";

	private final AssetStore store;

	MediaFilesEndpoint(AssetStore store) {
		this.store = store;
	}

	static boolean serves(String path) {
		return path.equals(MEDIA_FILES) || path.startsWith(MEDIA_FILES + "/") || path.startsWith(ASSET_MEDIA_FILES);
	}

	/** Whether a request path asks for a binary: a product or asset media file download, or a share link. */
	static boolean isDownload(String path) {
		return (path.startsWith(MEDIA_FILES + "/") && path.endsWith(DOWNLOAD)) || path.startsWith(ASSET_MEDIA_FILES)
				|| path.startsWith(SHARE_ROOT);
	}

	/** The public link of an asset media file, as Akeneo's asset sharing builds it: family, attribute, file name. */
	static String shareLink(String baseUrl, String family, String attribute, String fileCode) {
		return baseUrl + SHARE_ROOT + family + "/" + attribute + "/" + MediaBytes.originalFilename(fileCode);
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		String path = request.path();
		if (path.startsWith(ASSET_MEDIA_FILES)) {
			String code = path.substring(ASSET_MEDIA_FILES.length());
			if (!store.assetMediaFileExists(code)) {
				throw ApiException.notFound("Media file \"" + code + "\" does not exist.");
			}
			return binary(MediaBytes.originalFilename(code), MediaBytes.mimeType(MediaBytes.extension(code)));
		}
		if (path.equals(MEDIA_FILES) || path.equals(MEDIA_FILES + "/")) {
			return list(request, baseUrl);
		}
		String rest = path.substring(MEDIA_FILES.length() + 1);
		boolean download = rest.endsWith(DOWNLOAD) && store.mediaFile(rest).isEmpty();
		String code = download ? rest.substring(0, rest.length() - DOWNLOAD.length()) : rest;
		ObjectNode file = store.mediaFile(code)
			.orElseThrow(() -> ApiException.notFound("Media file \"" + code + "\" does not exist."));
		if (download) {
			return binary(file.get("original_filename").asString(), file.get("mime_type").asString());
		}
		return ApiResponse.ok(withDownload(file, baseUrl, false));
	}

	/** A share link: the family must share its assets and the attribute hold a media file of that name. */
	ApiResponse share(ApiRequest request) {
		String[] parts = request.path().substring(SHARE_ROOT.length()).split("/", 3);
		boolean shared = parts.length == 3 && store.family(parts[0]).filter(AssetStore.AssetFamily::sharingEnabled)
			.filter(family -> AssetStore.MEDIA_FILE.equals(family.attributeType(parts[1])))
			.isPresent();
		if (!shared) {
			throw ApiException.notFound("No shared file at \"" + request.path() + "\"");
		}
		return binary(parts[2], MediaBytes.mimeType(MediaBytes.extension(parts[2])));
	}

	private ApiResponse list(ApiRequest request, String baseUrl) {
		PageRequest page = PageRequest.from(request);
		List<ObjectNode> all = store.mediaFiles();
		List<ObjectNode> items = new ArrayList<>();
		for (int i = page.offset(); i < all.size() && items.size() < page.limit(); i++) {
			items.add(withDownload(all.get(i), baseUrl, true));
		}
		Map<String, String> params = new LinkedHashMap<>();
		ObjectNode body = page.meta(baseUrl, MEDIA_FILES, params, items.size() == page.limit(), all.size());
		Links.embed(body, items);
		return ApiResponse.ok(body);
	}

	/** The metadata with {@code _links} first: {@code self} (in lists) and {@code download}. */
	private static ObjectNode withDownload(ObjectNode file, String baseUrl, boolean self) {
		String href = baseUrl + MEDIA_FILES + "/" + file.get("code").asString();
		ObjectNode linked = Json.object();
		ObjectNode links = linked.putObject("_links");
		if (self) {
			links.set("self", Links.link(href));
		}
		links.set("download", Links.link(href + DOWNLOAD));
		linked.setAll(file);
		return linked;
	}

	private static ApiResponse binary(String filename, String mimeType) {
		return new ApiResponse(200, MediaBytes.bytes(MediaBytes.extension(filename)),
				Map.of("Content-Type", mimeType, "Content-Disposition", "attachment; filename=\"" + filename + "\""));
	}

}
