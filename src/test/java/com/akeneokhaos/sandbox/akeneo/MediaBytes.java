package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What the simulator's download endpoints answer: a few bytes that start like a file of the extension (a JPEG's
 * or PNG's signature, a PDF header) and the matching content type. Also splits Akeneo's file codes
 * ({@code a/b/c/d/<sha1>_<filename>}) into their parts.
 */
final class MediaBytes {

	private static final Map<String, String> MIME_TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png",
			"image/png", "gif", "image/gif", "webp", "image/webp", "pdf", "application/pdf", "svg", "image/svg+xml");

	private static final HexFormat HEX = HexFormat.of();

	private MediaBytes() {
	}

	/** The last part of a file code without its sha1 prefix: {@code a/b/c/d/0f3e…_photo.jpg} → {@code photo.jpg}. */
	static String originalFilename(String code) {
		String name = code.substring(code.lastIndexOf('/') + 1);
		int underscore = name.indexOf('_');
		return underscore > 0 && underscore < name.length() - 1 ? name.substring(underscore + 1) : name;
	}

	/** The lower-case extension of a file name or code, or "" without one. */
	static String extension(String filename) {
		String name = filename.substring(filename.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String mimeType(String extension) {
		return MIME_TYPES.getOrDefault(extension, "application/octet-stream");
	}

	/** A few bytes standing for a file of this extension. */
	static byte[] bytes(String extension) {
		return switch (extension) {
			case "jpg", "jpeg" -> HEX.parseHex("ffd8ffe000104a46494600010100000100010000ffd9");
			case "png" -> HEX.parseHex("89504e470d0a1a0a0000000d49484452");
			case "gif" -> "GIF89a".getBytes(StandardCharsets.US_ASCII);
			case "pdf" -> "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
			default -> "simulated media file\n".getBytes(StandardCharsets.US_ASCII);
		};
	}

}
