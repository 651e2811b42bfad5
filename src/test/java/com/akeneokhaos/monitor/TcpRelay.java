package com.akeneokhaos.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a free local port to one target address: what a service talks to instead of its database, so that a
 * test can make the database unreachable ({@link #cut()}: every open connection is dropped and new ones are refused)
 * without stopping the shared test server.
 */
final class TcpRelay implements AutoCloseable {

	private final ServerSocket server;

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private TcpRelay(ServerSocket server, String targetHost, int targetPort) {
		this.server = server;
		this.targetHost = targetHost;
		this.targetPort = targetPort;
	}

	static TcpRelay to(String host, int port) {
		try {
			TcpRelay relay = new TcpRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), host, port);
			daemon("relay-accept", relay::accept);
			return relay;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return server.getLocalPort();
	}

	/** Drops every connection and refuses new ones: the target is unreachable from now on. */
	void cut() {
		close();
	}

	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		sockets.forEach(TcpRelay::closeQuietly);
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				relay(server.accept());
			}
			catch (IOException ex) {
				// the relay was cut
			}
		}
	}

	private void relay(Socket client) {
		sockets.add(client);
		try {
			Socket target = new Socket(targetHost, targetPort);
			sockets.add(target);
			daemon("relay-up", () -> pump(client, target));
			daemon("relay-down", () -> pump(target, client));
		}
		catch (IOException ex) {
			closeQuietly(client);
		}
	}

	private static void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

}
