package com.akeneokhaos.architecture.violations.khaos;

import com.akeneokhaos.architecture.violations.akeneo.LeakyClient;

/** Breaks "khaos imports neither akeneo nor any job". */
public class ChannelLike {

	public LeakyClient akeneo() {
		return new LeakyClient();
	}

}
