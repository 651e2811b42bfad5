package com.akeneokhaos.launch;

/** A job could not be started or restarted because an execution of it runs somewhere (its lock is held). */
public class JobBusyException extends IllegalStateException {

	JobBusyException(String jobName, String holder) {
		super(jobName + " is already running (its lock is held by " + holder + ")");
	}

}
