package com.akeneokhaos.notify;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A JSON POST to {@code sync.notify.webhook.url}, in the shape its {@code format} names: our own ({@code generic}),
 * Slack's incoming webhook ({@code {"text"}}, with the subject in bold) or a Teams message card. Anything but a 2xx
 * answer counts as not delivered.
 */
@Component
class WebhookChannel implements NotificationChannel {

	private final NotifyProperties.Webhook webhook;

	private final RestClient http;

	WebhookChannel(NotifyProperties properties) {
		this.webhook = properties.webhook();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(webhook.timeout()).build());
		requests.setReadTimeout(webhook.timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public String name() {
		return "webhook";
	}

	@Override
	public boolean enabled() {
		return webhook.enabled();
	}

	@Override
	public void send(Notification notification) {
		http.post()
			.uri(webhook.url())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body(notification, webhook.format()))
			.retrieve()
			.toBodilessEntity();
	}

	static Map<String, Object> body(Notification notification, NotifyProperties.Format format) {
		String text = String.join("\n", notification.lines())
				+ ((notification.link() != null) ? "\n" + notification.link() : "");
		Map<String, Object> body = new LinkedHashMap<>();
		switch (format) {
			case SLACK -> body.put("text", "*" + notification.subject() + "*\n" + text);
			case TEAMS -> {
				body.put("@type", "MessageCard");
				body.put("@context", "https://schema.org/extensions");
				body.put("summary", notification.subject());
				body.put("title", notification.subject());
				body.put("text", String.join("\n\n", notification.lines()));
				if (notification.link() != null) {
					body.put("potentialAction", List.of(Map.of("@type", "OpenUri", "name", "Open the console", "targets",
							List.of(Map.of("os", "default", "uri", notification.link())))));
				}
			}
			default -> {
				body.put("event", notification.key());
				body.put("kind", notification.kind().name());
				body.put("subject", notification.subject());
				body.put("lines", notification.lines());
				body.put("link", notification.link());
			}
		}
		return body;
	}

}
