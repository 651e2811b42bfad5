package com.akeneokhaos.akeneo;

import java.util.List;

/** An Akeneo channel (the {@code scope} of values): its locales, currencies and category tree. */
public record Channel(String code, List<String> locales, List<String> currencies, String categoryTree) {

	public Channel {
		locales = List.copyOf(locales);
		currencies = List.copyOf(currencies);
	}

}
