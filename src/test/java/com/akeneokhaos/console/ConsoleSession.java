package com.akeneokhaos.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The console as a browser without script talks to it: the JDK HTTP client with a cookie jar (the session), redirects
 * not followed (the tests look at them), forms posted with the CSRF token of the page they came from.
 */
final class ConsoleSession {

	private final HttpClient http;

	private final int port;

	private ConsoleSession(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A session nobody has logged in to. */
	static ConsoleSession anonymous(int port) {
		return new ConsoleSession(port);
	}

	/** A session logged in with the form, as a person does. */
	static ConsoleSession loggedIn(int port, String user, String password) {
		ConsoleSession session = new ConsoleSession(port);
		HttpResponse<String> answer = session.post("/console/login", session.csrf("/console/login"),
				Map.of("username", user, "password", password));
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login of " + user + " failed: " + answer.statusCode() + " "
					+ answer.headers().map());
		}
		return session;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Document page(String path) {
		HttpResponse<String> answer = get(path);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode());
		}
		return Jsoup.parse(answer.body(), uri(path).toString());
	}

	/** The CSRF token of a page's forms (every console page has one: its log-out form, or the login form). */
	String csrf(String path) {
		Element token = page(path).selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new IllegalStateException(path + " has no CSRF token");
		}
		return token.val();
	}

	/** Posts a form with this CSRF token (null: without one). */
	HttpResponse<String> post(String path, String csrf, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (csrf != null) {
			form.put("_csrf", csrf);
		}
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
