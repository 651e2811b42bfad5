package com.akeneokhaos.jobs.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

/**
 * Random orders of what happens around onboarding (runs, Khaos polls, Khaos refusing a code a user made by hand,
 * merchandisers breaking, fixing and renaming products, runs dying before their write-backs and restarts): after
 * every event, no product is released (in the web shop, or enabled: every product starts disabled) or shown
 * {@code confirmed} unless Khaos holds its item; and once things settle, every product Khaos holds is released and
 * every other one shows {@code rejected}.
 */
class SkuOnboardingPropertyTest extends OnboardingTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1214L, 8);

	private static final int EVENTS = 14;

	enum Event {

		ONBOARD, KHAOS_POLL, KHAOS_USER_TAKES_CODE, NAME_REMOVED, NAME_RESTORED, RENAMED, RUN_DIES, RESTART

	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4 })
	void noProductIsReleasedOrConfirmedBeforeKhaosHoldsIt(long seed) throws Exception {
		// given new products, disabled until released
		Random random = new Random(seed);
		List<String> uuids = catalogue().validUuids();
		Map<String, JsonNode> names = new HashMap<>();
		uuids.forEach(uuid -> {
			names.put(uuid, product(uuid).path("values").path("name").deepCopy());
			akeneo().disableProduct(uuid);
		});
		List<String> happened = new ArrayList<>();
		JobExecution died = null;

		for (int i = 0; i < EVENTS; i++) {
			// when
			Event event = Event.values()[random.nextInt(Event.values().length)];
			String uuid = uuids.get(random.nextInt(uuids.size()));
			happened.add(event + " " + uuid.substring(0, 8));
			switch (event) {
				case ONBOARD -> onboard();
				case KHAOS_POLL -> khaos().pollOnce();
				case KHAOS_USER_TAKES_CODE -> takeCodeByHand(uuid, i);
				case NAME_REMOVED -> akeneo().updateProduct(uuid, p -> ((ObjectNode) p.get("values")).remove("name"));
				case NAME_RESTORED -> akeneo().updateProduct(uuid, p -> ((ObjectNode) p.get("values")).set("name",
						names.get(uuid)));
				case RENAMED -> {
					JsonNode name = renamed(names.get(uuid), i);
					akeneo().updateProduct(uuid, p -> ((ObjectNode) p.get("values")).set("name", name));
				}
				case RUN_DIES -> died = runThatDies();
				case RESTART -> {
					if (died != null) {
						restart(died);
						died = null;
					}
				}
			}

			// then
			for (String product : uuids) {
				boolean khaosHoldsIt = khaos().item(StockIds.forProduct(product)).isPresent();
				assertThat(!khaosHoldsIt && (released(product) || enabled(product)))
					.as("released before Khaos holds it, after %s", happened)
					.isFalse();
				assertThat(!khaosHoldsIt && status(product).filter("confirmed"::equals).isPresent())
					.as("confirmed before Khaos holds it, after %s", happened)
					.isFalse();
			}
		}

		// and once the names are back, Khaos has polled and onboarding has run, every product Khaos holds is released
		if (died != null) {
			restart(died);
		}
		uuids.forEach(uuid -> akeneo().updateProduct(uuid, p -> ((ObjectNode) p.get("values")).set("name",
				names.get(uuid))));
		onboard();
		khaos().pollOnce();
		onboard();
		for (String product : uuids) {
			boolean khaosHoldsIt = khaos().item(StockIds.forProduct(product)).isPresent();
			assertThat(released(product) && enabled(product)).as("released in the end, after %s", happened)
				.isEqualTo(khaosHoldsIt);
			assertThat(status(product)).as("status in the end, after %s", happened)
				.contains(khaosHoldsIt ? "confirmed" : "rejected");
		}
	}

	/** A Khaos user makes an item by hand with the product's stock code in other letter case. */
	private void takeCodeByHand(String uuid, int event) {
		if (khaos().item(StockIds.forProduct(uuid)).isEmpty()) {
			String sku = product(uuid).path("values").path("sku").path(0).path("data").asString();
			khaos().addItemByHand("HAND-" + event, sku.toLowerCase(Locale.ROOT), "Made by hand");
		}
	}

	/** An onboarding run Akeneo takes no write from: it fails at its last step. */
	private JobExecution runThatDies() throws Exception {
		akeneo().failPatches(503);
		try {
			JobExecution execution = onboard();
			return (execution.getStatus() == BatchStatus.FAILED) ? execution : null;
		}
		finally {
			akeneo().failPatches(0);
		}
	}

	private static JsonNode renamed(JsonNode name, int event) {
		JsonNode copy = name.deepCopy();
		copy.forEach(value -> ((ObjectNode) value).put("data", value.path("data").asString() + " v" + event));
		return copy;
	}

}
