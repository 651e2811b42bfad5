package com.akeneokhaos.sandbox.khaos;

/** The simulator could not talk to the channel (unreachable, refused credentials, unusable reply). */
public class KhaosSimulatorException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public KhaosSimulatorException(String message) {
		super(message);
	}

	public KhaosSimulatorException(String message, Throwable cause) {
		super(message, cause);
	}

}
