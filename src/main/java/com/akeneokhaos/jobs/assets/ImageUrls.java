package com.akeneokhaos.jobs.assets;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image URLs asset-url-sync puts on Khaos stock items ({@code Images[].Filename}): built from a URL template
 * with each value percent-encoded, and checked before they go: absolute, https (http only when
 * {@code images.https-only} is false), with a host, percent-encoded (nothing but printable ASCII, no space) and at
 * most {@link #MAX_LENGTH} characters. Khaos documents no length for the field; 255 is the length of its other
 * file-name and path fields, and a longer URL is refused here, with a reason, rather than cut by Khaos.
 */
final class ImageUrls {

	static final int MAX_LENGTH = 255;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

	private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");

	private ImageUrls() {
	}

	/**
	 * The template with each placeholder replaced by its value, percent-encoded as a URL path: a {@code /} in a value
	 * is kept (Akeneo's media file codes are paths), every character but letters, digits and {@code -._~} is encoded.
	 */
	static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			matcher.appendReplacement(url, Matcher.quoteReplacement(encodePath(value)));
		}
		matcher.appendTail(url);
		return url.toString();
	}

	/** Why Khaos should not get this URL, in words a merchandiser understands; empty when it is fine. */
	static Optional<String> problem(String url, boolean httpsOnly) {
		if (url.length() > MAX_LENGTH) {
			return Optional.of("the image URL is " + url.length() + " characters long; Khaos takes at most " + MAX_LENGTH);
		}
		if (!PRINTABLE_ASCII.matcher(url).matches()) {
			return Optional.of("the image URL '" + url + "' has spaces or characters that must be percent-encoded "
					+ "(e.g. %20 for a space)");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("the image URL '" + url + "' is not a valid URL (" + ex.getReason() + ")");
		}
		if (!uri.isAbsolute() || uri.getHost() == null) {
			return Optional.of("the image URL '" + url + "' is not an absolute URL with a host (e.g. https://cdn.example.com/...)");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(scheme.equals("http") && !httpsOnly)) {
			return Optional.of("the image URL '" + url + "' is not https" + (httpsOnly ? " (images.https-only is true)" : ""));
		}
		return Optional.empty();
	}

	private static String encodePath(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

}
