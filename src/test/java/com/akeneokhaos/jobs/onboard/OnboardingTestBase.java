package com.akeneokhaos.jobs.onboard;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.RecordedPatch;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * The service with its Khaos channel, a database of its own and an Akeneo simulator set up as the README tells a
 * merchandiser (the status and message attributes in every family, and a {@code web_shop} category tree the release
 * adds products to); Khaos may take a minute to confirm nothing: the grace period is zero. Each test starts from
 * nothing. Reads back what Akeneo shows of a product.
 */
@EndToEnd(properties = { "sync.onboarding.confirmation-grace=0s", "sync.write-back.release.enable=true",
		"sync.write-back.release.categories=" + OnboardingTestBase.WEB_SHOP,
		"sync.write-back.release.attributes.web_visible=true", "sync.onboarding.chunk-size=10",
		"akeneo.retry.max-retries=1", "akeneo.retry.initial-delay=10ms" })
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
abstract class OnboardingTestBase extends EndToEndTestBase {

	static final String WEB_SHOP = "web_shop";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void setUpAkeneo() {
		akeneo().addOnboardingAttributes("khaos_status", "khaos_message");
		ObjectNode webShop = JsonNodeFactory.instance.objectNode();
		webShop.put("code", WEB_SHOP);
		webShop.putNull("parent");
		webShop.putObject("labels").put("en_GB", "Web shop");
		akeneo().addCategory(webShop);
	}

	ObjectNode product(String uuid) {
		return akeneo().product(uuid).orElseThrow();
	}

	/** The product's {@code khaos_status} in Akeneo; empty when it has none. */
	Optional<String> status(String uuid) {
		return text(uuid, "khaos_status");
	}

	Optional<String> message(String uuid) {
		return text(uuid, "khaos_message");
	}

	boolean enabled(String uuid) {
		return product(uuid).path("enabled").asBoolean();
	}

	/** Whether the release reached the product: it is in the web shop's category tree. */
	boolean released(String uuid) {
		return product(uuid).path("categories").valueStream().anyMatch(code -> code.asString().equals(WEB_SHOP));
	}

	/** The products Akeneo applied a write-back line to, each as often as it applied one. */
	List<String> patchedUuids() {
		return akeneo().patches()
			.stream()
			.flatMap(patch -> patch.outcomes().stream())
			.filter(outcome -> outcome.statusCode() == 204 || outcome.statusCode() == 201)
			.map(RecordedPatch.Outcome::uuid)
			.toList();
	}

	/** The applied write-back lines that released a product (they add the web shop category), by uuid. */
	List<String> releaseLines() {
		return akeneo().patches()
			.stream()
			.filter(patch -> !patch.outcomes().isEmpty())
			.flatMap(patch -> patch.lines().stream())
			.map(JSON::readTree)
			.filter(line -> line.path("categories").valueStream().anyMatch(code -> code.asString().equals(WEB_SHOP)))
			.map(line -> line.path("uuid").asString())
			.toList();
	}

	private Optional<String> text(String uuid, String attribute) {
		JsonNode data = product(uuid).path("values").path(attribute).path(0).path("data");
		return data.isString() ? Optional.of(data.asString()) : Optional.empty();
	}
}
