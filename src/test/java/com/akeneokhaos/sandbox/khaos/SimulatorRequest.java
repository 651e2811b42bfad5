package com.akeneokhaos.sandbox.khaos;

import java.net.URI;

/**
 * One HTTP call the simulator made to the channel.
 *
 * @param method GET or POST
 * @param uri the URL called
 * @param continuationSent the {@code Sirion-Continuation} header sent ("" when none)
 * @param continuationReceived the {@code Sirion-Continuation} header received ("" when none)
 * @param status the HTTP status, 0 when no reply came (I/O failure)
 * @param body the body posted ("" for a GET)
 */
public record SimulatorRequest(String method, URI uri, String continuationSent, String continuationReceived,
		int status, String body) {
}
