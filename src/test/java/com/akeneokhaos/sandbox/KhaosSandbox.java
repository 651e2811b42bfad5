package com.akeneokhaos.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.akeneokhaos.sandbox.khaos.KhaosSimulator;

/**
 * A Khaos Control Cloud simulator aimed at the service's "Web Services" channel, and the application
 * properties that make the service serve that channel on a port known in advance. Credentials are made up
 * per sandbox: nothing real is ever needed.
 * <p>
 * The port is chosen before the service starts because the EndpointConfig lists absolute URLs built from
 * {@code khaos.channel.public-base-url}, which is bound once at startup: the service therefore runs on
 * {@code server.port=<port>} rather than {@code 0}. Start the service with {@link #properties()} (or
 * {@link #arguments()}), then call {@link #simulator()}.
 */
public final class KhaosSandbox implements AutoCloseable {

	static final String USERNAME = "sandbox-kcc";

	static final String PASSWORD = "sandbox-kcc-password";

	static final String HOST = "127.0.0.1";

	private final int port;

	private final String pathPrefix;

	private KhaosSimulator simulator;

	private KhaosSandbox(int port, String pathPrefix) {
		this.port = port;
		this.pathPrefix = pathPrefix;
	}

	/** A sandbox on a port that is free now (the service must bind it soon after). */
	public static KhaosSandbox onFreePort() {
		return onPort(freePort());
	}

	/** A sandbox for a service on this port, with the channel under the default {@code /khaos}. */
	public static KhaosSandbox onPort(int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("not a TCP port: " + port);
		}
		return new KhaosSandbox(port, "/khaos");
	}

	public int port() {
		return port;
	}

	/** {@code http://127.0.0.1:<port>}: where the simulated KCC reaches the service. */
	public String publicBaseUrl() {
		return "http://" + HOST + ":" + port;
	}

	/** The channel's configuration URL, as entered on the KCC channel. */
	public URI endpointConfigUrl() {
		return URI.create(publicBaseUrl() + pathPrefix + "/EndpointConfig");
	}

	/** Spring properties (name, value) that serve the channel on {@link #port()} with the sandbox credentials. */
	public List<String[]> properties() {
		return List.of(new String[] { "server.port", Integer.toString(port) },
				new String[] { "server.address", HOST },
				new String[] { "khaos.channel.public-base-url", publicBaseUrl() },
				new String[] { "khaos.channel.username", USERNAME },
				new String[] { "khaos.channel.password", PASSWORD },
				new String[] { "khaos.channel.path-prefix", pathPrefix });
	}

	/** The same properties as command-line arguments. */
	public List<String> arguments() {
		return properties().stream().map(p -> "--" + p[0] + "=" + p[1]).toList();
	}

	/**
	 * The simulator, created on first use, pointed at {@link #endpointConfigUrl()} with the sandbox
	 * credentials. It retries a failed upload after 100 ms rather than KCC's second, to keep runs short.
	 */
	public synchronized KhaosSimulator simulator() {
		if (simulator == null) {
			simulator = new KhaosSimulator(endpointConfigUrl(), USERNAME, PASSWORD)
				.uploadRetryDelay(Duration.ofMillis(100));
		}
		return simulator;
	}

	@Override
	public synchronized void close() {
		if (simulator != null) {
			simulator.close();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not find a free port for the service", ex);
		}
	}

}
