package com.akeneokhaos.sandbox.akeneo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import com.akeneokhaos.sandbox.akeneo.Words.Labelled;

/** Builds a product's names and HTML descriptions from the word banks. */
final class Names {

	/** The parts of one generated product name. */
	record Parts(Labelled adjective, Labelled material, Labelled noun) {

		String english() {
			return adjective.english() + " " + material.english() + " " + noun.english();
		}

		String french() {
			return noun.french() + " en " + material.french().toLowerCase() + " " + adjective.french();
		}

		String englishHtml() {
			return "<p>" + adjective.english() + " <b>" + material.english().toLowerCase() + "</b> "
					+ noun.english().toLowerCase() + "</p>";
		}

		String frenchHtml() {
			return "<p>" + noun.french() + " en <b>" + material.french().toLowerCase() + "</b> " + adjective.french()
					+ "</p>";
		}

	}

	private static final Map<String, List<String>> MATERIALS_BY_FAMILY = Map.of(
			"clothing", List.of("cotton", "wool", "linen", "polyester", "leather"),
			"homeware", List.of("oak", "steel", "glass", "ceramic", "bamboo", "linen", "cotton"),
			"electronics", List.of("steel", "glass", "bamboo", "polyester"));

	private static final String FILLER = " with reinforced seams, recycled packaging and a two year guarantee";

	private Names() {
	}

	static Parts random(String family, Random random) {
		List<String> materials = MATERIALS_BY_FAMILY.get(family);
		String materialCode = materials.get(random.nextInt(materials.size()));
		Labelled material = Words.MATERIALS.stream().filter(m -> m.code().equals(materialCode)).findFirst().orElseThrow();
		List<Labelled> nouns = Words.NOUNS.get(family);
		return new Parts(pick(Words.ADJECTIVES, random), material, pick(nouns, random));
	}

	static List<String> materialCodes(String family) {
		return MATERIALS_BY_FAMILY.get(family);
	}

	/** A name of exactly {@code length} characters starting with {@code base}, ASCII only, not ending in a space. */
	static String padded(String base, int length) {
		StringBuilder name = new StringBuilder(base);
		while (name.length() < length) {
			name.append(FILLER);
		}
		name.setLength(length);
		if (name.charAt(length - 1) == ' ') {
			name.setCharAt(length - 1, '.');
		}
		return name.toString();
	}

	private static Labelled pick(List<Labelled> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}

}
