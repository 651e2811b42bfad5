package com.akeneokhaos.console;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.akeneokhaos.akeneo.AkeneoProperties;

/**
 * Where a merchandiser fixes a product: its edit page in Akeneo's own user interface ({@code #/enrich/product/<uuid>}),
 * on the PIM the service reads. None for a product model (its page is addressed by an internal id the API does not
 * give) and none when Akeneo's address is not configured.
 */
@Component
class AkeneoLinks {

	private final @Nullable String base;

	AkeneoLinks(AkeneoProperties akeneo) {
		String url = akeneo.baseUrl();
		this.base = (url == null || url.isBlank()) ? null : url.replaceAll("/+$", "");
	}

	/** The product's page in Akeneo; null if there is none to link to. */
	@Nullable String product(@Nullable String akeneoUuid) {
		return (base == null || akeneoUuid == null || akeneoUuid.isBlank()) ? null
				: base + "/#/enrich/product/" + akeneoUuid;
	}

}
