package com.akeneokhaos.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;

/**
 * Sets a synced sandbox catalogue up for sku-onboarding as a merchandiser does by following the README (the
 * {@code khaos_status} simple select and {@code khaos_message} text area in every family, and a root category
 * {@value #WEB_SHOP} the release adds products to), then adds {@value #NEW_PRODUCTS} new products, disabled until
 * released: copies of generated valid simple products with new uuids and SKUs, the last of them without a name
 * (Khaos needs a short description), which a merchandiser can fix. Returns one line per change; afterwards reads
 * back what Akeneo shows of the new products.
 */
final class OnboardingScenario {

	static final String WEB_SHOP = "web_shop";

	static final String STATUS = "khaos_status";

	static final String MESSAGE = "khaos_message";

	private static final int NEW_PRODUCTS = 5;

	private static final int MESSAGE_SHOWN = 100;

	private final GeneratedCatalogue catalogue;

	private final AkeneoSimulator akeneo;

	private final Random random;

	private final List<String> valid = new ArrayList<>();

	private String invalid = "";

	OnboardingScenario(GeneratedCatalogue catalogue, AkeneoSimulator akeneo) {
		this.catalogue = catalogue;
		this.akeneo = akeneo;
		this.random = new Random(catalogue.spec().seed());
	}

	List<String> apply() {
		List<String> applied = new ArrayList<>();
		akeneo.addOnboardingAttributes(STATUS, MESSAGE);
		applied.add("attributes " + STATUS + " (simple select: rejected, pending, confirmed) and " + MESSAGE
				+ " (text area) added to every family");
		ObjectNode webShop = JsonNodeFactory.instance.objectNode();
		webShop.put("code", WEB_SHOP);
		webShop.putNull("parent");
		webShop.putObject("labels").put("en_GB", "Web shop");
		akeneo.addCategory(webShop);
		applied.add("root category " + WEB_SHOP + " created (the release adds products to it)");
		List<String> sources = sources();
		Set<String> takenSkus = takenSkus();
		for (int i = 0; i < sources.size(); i++) {
			ObjectNode copy = akeneo.product(sources.get(i)).orElseThrow().deepCopy();
			String uuid = newUuid();
			String sku = newSku(takenSkus);
			copy.put("uuid", uuid);
			copy.put("enabled", false);
			copy.remove(List.of("created", "updated"));
			ObjectNode values = (ObjectNode) copy.get("values");
			values.remove(List.of(STATUS, MESSAGE));
			values.putArray("sku").addObject().putNull("locale").putNull("scope").put("data", sku);
			boolean last = i == sources.size() - 1;
			if (last) {
				values.remove("name");
				invalid = uuid;
			}
			else {
				valid.add(uuid);
			}
			akeneo.addProduct(copy);
			applied.add("new product " + sku + " (" + uuid + "), disabled, copied from " + sku(sources.get(i))
					+ (last ? ", without a name (Khaos needs a short description)" : ""));
		}
		return applied;
	}

	/** Per new product: its SKU, the status Akeneo shows and the start of its message. */
	List<String> statuses() {
		return newProducts().stream()
			.map(uuid -> "%s: %s%s".formatted(sku(uuid), status(uuid).orElse("(no status)"),
					message(uuid).map(m -> ", message '" + shortened(m) + "'").orElse(", no message")))
			.toList();
	}

	/** Per new product: its status, whether it is enabled and whether it is in {@value #WEB_SHOP}. */
	List<String> releases() {
		return newProducts().stream()
			.map(uuid -> "%s: %s, %s, %s%s".formatted(sku(uuid), status(uuid).orElse("(no status)"),
					enabled(uuid) ? "enabled" : "disabled", inWebShop(uuid) ? "in " + WEB_SHOP : "not in " + WEB_SHOP,
					uuid.equals(invalid) ? message(uuid).map(m -> " ('" + shortened(m) + "')").orElse("") : ""))
			.toList();
	}

	/**
	 * Whether the valid new products are {@code confirmed}, enabled and in {@value #WEB_SHOP}, and the invalid one
	 * {@code rejected} with its reason, disabled and not in {@value #WEB_SHOP}.
	 */
	boolean releasedAsExpected() {
		boolean validReleased = valid.size() == NEW_PRODUCTS - 1 && valid.stream()
			.allMatch(uuid -> status(uuid).filter("confirmed"::equals).isPresent() && enabled(uuid) && inWebShop(uuid));
		boolean invalidHeldBack = !invalid.isEmpty() && status(invalid).filter("rejected"::equals).isPresent()
				&& message(invalid).filter(m -> !m.isBlank()).isPresent() && !enabled(invalid) && !inWebShop(invalid);
		return validReleased && invalidHeldBack;
	}

	private List<String> newProducts() {
		List<String> all = new ArrayList<>(valid);
		if (!invalid.isEmpty()) {
			all.add(invalid);
		}
		return all;
	}

	/**
	 * Valid simple products Akeneo still shows as generated (same categories, so their stock types hold), from the
	 * end of the catalogue: the delta and reconciliation scenarios change its first products.
	 */
	private List<String> sources() {
		List<String> sources = new ArrayList<>();
		List<String> candidates = catalogue.validUuids();
		for (int i = candidates.size() - 1; i >= 0 && sources.size() < NEW_PRODUCTS; i--) {
			String uuid = candidates.get(i);
			JsonNode generated = catalogue.product(uuid).orElseThrow();
			boolean untouched = akeneo.product(uuid)
				.filter(current -> current.path("parent").isNull() || current.path("parent").isMissingNode())
				.filter(current -> !current.path("categories").isEmpty()
						&& current.path("categories").equals(generated.path("categories")))
				.filter(current -> current.path("values").has("name"))
				.isPresent();
			if (untouched) {
				sources.add(uuid);
			}
		}
		return sources;
	}

	/** A random version 4 uuid, lower case, that Akeneo does not hold; from the catalogue's seed. */
	private String newUuid() {
		String uuid;
		do {
			long high = (random.nextLong() & ~0xF000L) | 0x4000L;
			long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			uuid = new UUID(high, low).toString().toLowerCase(Locale.ROOT);
		}
		while (akeneo.product(uuid).isPresent());
		return uuid;
	}

	private String newSku(Set<String> taken) {
		String sku;
		do {
			sku = "KH-ONBOARD-" + (100 + random.nextInt(900));
		}
		while (!taken.add(sku.toUpperCase(Locale.ROOT)));
		return sku;
	}

	/** The generated SKUs, upper case (Khaos stock codes are unique ignoring case). */
	private Set<String> takenSkus() {
		Set<String> taken = new HashSet<>();
		catalogue.products()
			.forEach(product -> taken
				.add(product.path("values").path("sku").path(0).path("data").asString("").toUpperCase(Locale.ROOT)));
		return taken;
	}

	private Optional<String> status(String uuid) {
		return text(uuid, STATUS);
	}

	private Optional<String> message(String uuid) {
		return text(uuid, MESSAGE).filter(m -> !m.isEmpty());
	}

	private boolean enabled(String uuid) {
		return akeneo.product(uuid).orElseThrow().path("enabled").asBoolean();
	}

	private boolean inWebShop(String uuid) {
		return akeneo.product(uuid)
			.orElseThrow()
			.path("categories")
			.valueStream()
			.anyMatch(code -> code.asString().equals(WEB_SHOP));
	}

	private Optional<String> text(String uuid, String attribute) {
		JsonNode data = akeneo.product(uuid).orElseThrow().path("values").path(attribute).path(0).path("data");
		return data.isString() ? Optional.of(data.asString()) : Optional.empty();
	}

	private String sku(String uuid) {
		return akeneo.product(uuid)
			.map(p -> p.path("values").path("sku").path(0).path("data").asString(""))
			.orElse(uuid);
	}

	private static String shortened(String message) {
		return (message.length() <= MESSAGE_SHOWN) ? message : message.substring(0, MESSAGE_SHOWN) + "...";
	}

}
