package com.akeneokhaos.launch;

import java.util.List;

import org.springframework.stereotype.Component;

import com.akeneokhaos.akeneo.AkeneoApiException;
import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.akeneo.AkeneoUnavailableException;
import com.akeneokhaos.writeback.WriteBackSetup;

/**
 * Before a job starts, checks that Akeneo answers with the configured URL and credentials and, for a job that writes
 * statuses back, that the status and message attributes exist, so that a wrong setting is told in one or two lines
 * (and exit code 3) rather than as a failed job.
 */
@Component
class AkeneoPreflight {

	private static final String CREDENTIALS = "check AKENEO_CLIENT_ID, AKENEO_SECRET, AKENEO_USERNAME and "
			+ "AKENEO_PASSWORD (Akeneo: Connect > Connection settings)";

	private final AkeneoClient akeneo;

	private final AkeneoProperties properties;

	private final WriteBackSetup writeBack;

	AkeneoPreflight(AkeneoClient akeneo, AkeneoProperties properties, WriteBackSetup writeBack) {
		this.akeneo = akeneo;
		this.properties = properties;
		this.writeBack = writeBack;
	}

	/** Checks access, and for a job that writes statuses back, that Akeneo holds what they need. */
	void check(String jobName) {
		checkAccess();
		if (writeBack.enabledFor(jobName)) {
			List<String> problems = writeBack.problems(akeneo.referenceData());
			if (!problems.isEmpty()) {
				throw new CannotStartException(problems.stream().map(problem -> "error: " + problem).toList(), null);
			}
		}
	}

	private void checkAccess() {
		try {
			akeneo.checkAccess();
		}
		catch (IllegalStateException ex) {
			throw new CannotStartException(List.of("error: " + ex.getMessage(),
					"set these environment variables (see the README, Running against a real Akeneo)"), ex);
		}
		catch (AkeneoApiException ex) {
			throw new CannotStartException(refused(ex), ex);
		}
		catch (AkeneoUnavailableException ex) {
			throw new CannotStartException(List.of("error: cannot reach Akeneo at " + properties.baseUrl() + ": "
					+ ex.getMessage(), "check AKENEO_BASE_URL and that this machine can reach it"), ex);
		}
	}

	private List<String> refused(AkeneoApiException ex) {
		String at = "error: Akeneo at " + properties.baseUrl();
		return switch (ex.status()) {
			case 400, 401, 422 -> List.of(at + " refused the API connection's credentials", CREDENTIALS);
			case 403 -> List.of(at + " refused the API user access to channels (403)",
					"give the connection's user group the API permissions to list channels, products and models");
			case 404 -> List.of(at + " has no REST API at that address (404)",
					"set AKENEO_BASE_URL to the PIM's root, e.g. https://acme.cloud.akeneo.com");
			default -> List.of(at + " refused the check: " + ex.getMessage(), CREDENTIALS);
		};
	}

}
