package com.akeneokhaos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;

import com.akeneokhaos.AkeneoKhaosSyncApplication;

/**
 * The application's own {@code main}, for a child JVM a test means to kill or follow (see {@link ChildJvm}):
 * <ul>
 * <li>with {@code -Dkill.at=} (a {@link KillPoint}) and {@code -Dkill.marker=} (a file path) it runs exactly
 * as {@link AkeneoKhaosSyncApplication#main} does until it reaches that point, then writes the point to the
 * marker file and waits there to be killed (see {@link KillSwitch});</li>
 * <li>with {@code -Dkill.record=} (a file path) it runs to the end and writes every event it went through
 * to that file as it exits, one {@link KillPoint} a line;</li>
 * <li>without them it is that main, unchanged.</li>
 * </ul>
 */
public final class KillableApplication {

	private KillableApplication() {
	}

	public static void main(String[] args) {
		String at = System.getProperty("kill.at");
		String marker = System.getProperty("kill.marker");
		String record = System.getProperty("kill.record");
		KillSwitch killSwitch;
		if (at != null && marker != null) {
			killSwitch = KillSwitch.pausingAt(KillPoint.parse(at), Path.of(marker));
		}
		else if (record != null) {
			killSwitch = KillSwitch.recording();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> write(killSwitch, Path.of(record))));
		}
		else {
			AkeneoKhaosSyncApplication.main(args);
			return;
		}
		SpringApplication.withHook(new KillPointHook(killSwitch), () -> AkeneoKhaosSyncApplication.main(args));
	}

	private static void write(KillSwitch killSwitch, Path file) {
		try {
			Files.write(file, killSwitch.recorded().stream().map(KillPoint::toString).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
