package com.akeneokhaos.sandbox.akeneo;

import java.util.List;
import java.util.Map;

/** Word banks for realistic generated content: option labels and product name parts per family. */
final class Words {

	/** A code with its en_GB and fr_FR labels. */
	record Labelled(String code, String english, String french) {
	}

	static final List<Labelled> BRANDS = List.of(brand("northwind", "Northwind"), brand("harbour_co", "Harbour & Co"),
			brand("alder_lane", "Alder Lane"), brand("fenwick", "Fenwick"), brand("blue_heron", "Blue Heron"),
			brand("copperfield", "Copperfield"), brand("marlow", "Marlow"), brand("kestrel", "Kestrel"),
			brand("oak_and_ivy", "Oak & Ivy"), brand("saltmarsh", "Saltmarsh"), brand("thistle", "Thistle"),
			brand("ridgeway", "Ridgeway"), brand("hollow_pine", "Hollow Pine"), brand("lumen", "Lumen"),
			brand("voltaic", "Voltaic"), brand("brightwater", "Brightwater"), brand("cinder", "Cinder & Smoke"),
			brand("pennant", "Pennant"), brand("wren", "Wren"), brand("atlas_audio", "Atlas Audio"));

	static final List<Labelled> SEASONS = List.of(new Labelled("spring_summer", "Spring/Summer", "Printemps/Été"),
			new Labelled("autumn_winter", "Autumn/Winter", "Automne/Hiver"),
			new Labelled("all_year", "All year", "Toute l'année"));

	static final List<Labelled> MATERIALS = List.of(new Labelled("cotton", "Cotton", "Coton"),
			new Labelled("wool", "Wool", "Laine"), new Labelled("linen", "Linen", "Lin"),
			new Labelled("polyester", "Polyester", "Polyester"), new Labelled("leather", "Leather", "Cuir"),
			new Labelled("oak", "Oak", "Chêne"), new Labelled("steel", "Stainless steel", "Acier inoxydable"),
			new Labelled("glass", "Glass", "Verre"), new Labelled("ceramic", "Ceramic", "Céramique"),
			new Labelled("bamboo", "Bamboo", "Bambou"));

	static final List<Labelled> ADJECTIVES = List.of(new Labelled("soft", "Soft", "doux"),
			new Labelled("classic", "Classic", "classique"), new Labelled("slim", "Slim", "ajusté"),
			new Labelled("relaxed", "Relaxed", "décontracté"), new Labelled("compact", "Compact", "compact"),
			new Labelled("premium", "Premium", "premium"), new Labelled("everyday", "Everyday", "quotidien"),
			new Labelled("vintage", "Vintage", "vintage"));

	/** Nouns per family; the French noun comes first in a French name. */
	static final Map<String, List<Labelled>> NOUNS = Map.of(
			"clothing", List.of(new Labelled("tee", "Tee", "T-shirt"), new Labelled("jumper", "Jumper", "Pull"),
					new Labelled("chinos", "Chinos", "Chino"), new Labelled("jacket", "Jacket", "Veste"),
					new Labelled("scarf", "Scarf", "Écharpe"), new Labelled("trainer", "Trainer", "Basket")),
			"homeware", List.of(new Labelled("throw", "Throw", "Plaid"), new Labelled("lamp", "Table Lamp", "Lampe"),
					new Labelled("mug", "Mug", "Mug"), new Labelled("pan", "Frying Pan", "Poêle"),
					new Labelled("basket", "Storage Basket", "Panier"), new Labelled("bowl", "Serving Bowl", "Saladier")),
			"electronics", List.of(new Labelled("headphones", "Headphones", "Casque"),
					new Labelled("speaker", "Bluetooth Speaker", "Enceinte"), new Labelled("charger", "Charger", "Chargeur"),
					new Labelled("webcam", "Webcam", "Webcam"), new Labelled("plug", "Smart Plug", "Prise connectée"),
					new Labelled("keyboard", "Keyboard", "Clavier")));

	private Words() {
	}

	private static Labelled brand(String code, String label) {
		return new Labelled(code, label, label);
	}

}
