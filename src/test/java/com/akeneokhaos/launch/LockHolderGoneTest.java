package com.akeneokhaos.launch;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A job lock held by a process of this machine that no longer runs is known to be gone; any other is not. */
class LockHolderGoneTest {

	private static final long SELF = ProcessHandle.current().pid();

	private static final Set<String> LIVE = Set.of("here/" + SELF + "/aaaaaa");

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "another machine's process, elsewhere/1/abcdef, false", "a name not of ours, here-and-there, false",
			"a pid that is no number, here/x1/abcdef, false" })
	void aLockNamedOtherwiseIsNeverKnownToBeGone(String what, String lockedBy, boolean gone) {
		// when / then
		assertThat(JobLeases.gone(lockedBy, "here", SELF, LIVE)).isEqualTo(gone);
	}

	@Test
	void aLiveInstanceOfThisJvmIsNotGoneButAnEarlierProcessWithItsPidIs() {
		// when / then
		assertThat(JobLeases.gone("here/" + SELF + "/aaaaaa", "here", SELF, LIVE)).isFalse();
		assertThat(JobLeases.gone("here/" + SELF + "/bbbbbb", "here", SELF, LIVE)).isTrue();
	}

	@Test
	void aRunningProcessOfThisMachineIsNotGoneAndAnEndedOneIs() throws IOException, InterruptedException {
		// given
		Process running = new ProcessBuilder("sleep", "30").start();
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();

		// when / then
		try {
			assertThat(JobLeases.gone("here/" + running.pid() + "/cccccc", "here", SELF, LIVE)).isFalse();
			assertThat(JobLeases.gone("here/" + ended.pid() + "/dddddd", "here", SELF, LIVE)).isTrue();
		}
		finally {
			running.destroyForcibly();
		}
	}

}
