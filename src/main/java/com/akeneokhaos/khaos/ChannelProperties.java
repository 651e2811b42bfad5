package com.akeneokhaos.khaos;

import java.net.URI;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Khaos Control Cloud "Web Services" channel ({@code khaos.channel.*}).
 * <p>
 * The credentials come from {@code KHAOS_CHANNEL_USERNAME} / {@code KHAOS_CHANNEL_PASSWORD}; while either
 * is unset every channel request is refused. The other values are checked by Bean Validation when the
 * settings are bound, so a bad value stops start-up with a message naming the property (each constraint's
 * message starts with it: Boot's failure report shows the Java field name); each default is written once,
 * in its {@link DefaultValue}. {@link #toString()} never shows the password.
 *
 * @param publicBaseUrl the URL KCC reaches this service at, e.g. {@code https://sync.example.com}
 * @param username the channel's Basic auth user name
 * @param password the channel's Basic auth password
 * @param pageSize stock items per ProvidedStock page
 * @param maxBodyBytes largest request body accepted; a larger one is answered 413
 * @param pathPrefix the path under which the endpoints are served, normalised to a leading slash and no
 * trailing one; {@code /} (or an empty value) serves them at the root
 */
@Validated
@ConfigurationProperties("khaos.channel")
public record ChannelProperties(@Nullable String publicBaseUrl, @Nullable String username,
		@Nullable String password,
		@DefaultValue("1000") @Min(value = 1, message = "khaos.channel.page-size must be at least 1") int pageSize,
		@DefaultValue("10MB") @PositiveDataSize(
				message = "khaos.channel.max-body-bytes must be more than 0 bytes") DataSize maxBodyBytes,
		@DefaultValue("/khaos") String pathPrefix) {

	public ChannelProperties {
		pathPrefix = normalisedPrefix(pathPrefix);
	}

	/** Whether both credentials are set; without them every request is refused. */
	boolean hasCredentials() {
		return username != null && !username.isEmpty() && password != null && !password.isEmpty();
	}

	/** The absolute URL of one endpoint, built from {@link #publicBaseUrl}. */
	String endpointUrl(String endpoint) {
		String base = (publicBaseUrl != null) ? publicBaseUrl.strip() : "";
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		if (!base.isEmpty() && URI.create(base).getScheme() == null) {
			throw new IllegalStateException("khaos.channel.public-base-url must be absolute, was " + base);
		}
		return base + pathPrefix + "/" + endpoint;
	}

	@Override
	public String toString() {
		return "ChannelProperties[publicBaseUrl=" + publicBaseUrl + ", username=" + username + ", password="
				+ ((password == null || password.isEmpty()) ? "<unset>" : "******") + ", pageSize=" + pageSize
				+ ", maxBodyBytes=" + maxBodyBytes + ", pathPrefix=" + pathPrefix + "]";
	}

	private static @Nullable String normalisedPrefix(@Nullable String prefix) {
		if (prefix == null) {
			return null;
		}
		String p = prefix.strip();
		p = p.startsWith("/") ? p : "/" + p;
		return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
	}

}
