package com.akeneokhaos.console;

/** A console page asked for something that does not exist (an execution, a drift report): 404 and the reason. */
class NotFound extends RuntimeException {

	NotFound(String message) {
		super(message);
	}

}
