package com.akeneokhaos.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server for a test class (GreenMail), on a free port of the loopback, started once for the class. */
final class TestSmtp {

	private TestSmtp() {
	}

	static GreenMailExtension server() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return new GreenMailExtension(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withPerMethodLifecycle(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends the application's mail to that server. */
	static void register(DynamicPropertyRegistry registry, GreenMailExtension smtp) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

}
