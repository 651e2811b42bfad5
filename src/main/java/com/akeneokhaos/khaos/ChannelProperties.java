package com.akeneokhaos.khaos;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Khaos Control Cloud "Web Services" channel ({@code khaos.channel.*}).
 * <p>
 * The credentials come from {@code KHAOS_CHANNEL_USERNAME} / {@code KHAOS_CHANNEL_PASSWORD}; while either
 * is unset every channel request is refused. {@link #toString()} never shows the password.
 *
 * @param publicBaseUrl the URL KCC reaches this service at, e.g. {@code https://sync.example.com}
 * @param username the channel's Basic auth user name
 * @param password the channel's Basic auth password
 * @param pageSize stock items per ProvidedStock page
 * @param maxBodyBytes largest request body accepted; a larger one is answered 413
 * @param pathPrefix the path under which the endpoints are served
 */
@ConfigurationProperties("khaos.channel")
public record ChannelProperties(@Nullable String publicBaseUrl, @Nullable String username,
		@Nullable String password, @DefaultValue("1000") int pageSize, @DefaultValue("10MB") DataSize maxBodyBytes,
		@DefaultValue("/khaos") String pathPrefix) {

	public ChannelProperties {
		if (pageSize < 1) {
			throw new IllegalArgumentException("khaos.channel.page-size must be at least 1, was " + pageSize);
		}
		maxBodyBytes = (maxBodyBytes != null) ? maxBodyBytes : DataSize.ofMegabytes(10);
		if (maxBodyBytes.toBytes() < 1) {
			throw new IllegalArgumentException("khaos.channel.max-body-bytes must be positive");
		}
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

	private static String normalisedPrefix(@Nullable String prefix) {
		String p = (prefix == null || prefix.isBlank()) ? "/khaos" : prefix.strip();
		p = p.startsWith("/") ? p : "/" + p;
		return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
	}

}
