package com.akeneokhaos.sandbox.akeneo;

import java.util.List;

/** The fixed shape of the generated {@code master} tree: departments, their sub-categories and families. */
final class Departments {

	/** A level-2 category under a department. */
	record Sub(String code, String english, String french) {
	}

	/** A level-1 category with the family its products belong to. */
	record Department(String code, String english, String french, String family, List<Sub> subs) {
	}

	/** Level-3 categories created under every level-2 one: code suffix, English and French label suffix. */
	static final List<Sub> RANGES = List.of(new Sub("essentials", "Essentials", "Essentiels"),
			new Sub("premium", "Premium Range", "Gamme premium"), new Sub("outlet", "Outlet", "Déstockage"));

	static final List<Department> STANDARD = List.of(
			new Department("clothing", "Clothing", "Vêtements", "clothing", List.of(
					new Sub("tops", "Tops & T-Shirts", "Hauts & T-shirts"), new Sub("knitwear", "Knitwear", "Mailles"),
					new Sub("trousers", "Trousers & Jeans", "Pantalons & Jeans"),
					new Sub("outerwear", "Coats & Jackets", "Manteaux & Vestes"),
					new Sub("nightwear", "Nightwear & Loungewear", "Vêtements de nuit"))),
			new Department("footwear", "Footwear", "Chaussures", "clothing", List.of(
					new Sub("trainers", "Trainers", "Baskets"), new Sub("boots", "Boots", "Bottes"),
					new Sub("sandals", "Sandals", "Sandales"), new Sub("formal_shoes", "Formal Shoes", "Chaussures de ville"),
					new Sub("slippers", "Slippers", "Chaussons"))),
			new Department("accessories", "Accessories", "Accessoires", "clothing", List.of(
					new Sub("bags", "Bags & Luggage", "Sacs & Bagages"), new Sub("hats", "Hats & Caps", "Chapeaux & Casquettes"),
					new Sub("scarves", "Scarves & Gloves", "Écharpes & Gants"), new Sub("belts", "Belts", "Ceintures"),
					new Sub("jewellery", "Jewellery & Watches", "Bijoux & Montres"))),
			new Department("home_garden", "Home & Garden", "Maison & Jardin", "homeware", List.of(
					new Sub("bedding", "Bedding & Linen", "Literie & Linge"), new Sub("lighting", "Lighting", "Éclairage"),
					new Sub("rugs", "Rugs & Cushions", "Tapis & Coussins"),
					new Sub("garden_furniture", "Garden Furniture", "Mobilier de jardin"),
					new Sub("storage", "Storage & Organisation", "Rangement"))),
			new Department("kitchen_dining", "Kitchen & Dining", "Cuisine & Salle à manger", "homeware", List.of(
					new Sub("cookware", "Cookware", "Ustensiles de cuisson"), new Sub("tableware", "Tableware", "Vaisselle"),
					new Sub("glassware", "Glassware", "Verrerie"), new Sub("utensils", "Utensils & Gadgets", "Ustensiles"),
					new Sub("bakeware", "Bakeware", "Moules & Pâtisserie"))),
			new Department("electronics", "Electronics", "Électronique", "electronics", List.of(
					new Sub("audio", "Audio & Headphones", "Audio & Casques"), new Sub("computing", "Computing", "Informatique"),
					new Sub("phones", "Phones & Tablets", "Téléphones & Tablettes"),
					new Sub("cameras", "Cameras", "Appareils photo"),
					new Sub("smart_home", "Smart Home", "Maison connectée"))));

	/** The department whose en_GB label is too long for Khaos; only created for LONG_DEPARTMENT_LABEL. */
	static final Department LONG_LABEL = new Department("seasonal_clearance_offers",
			"Seasonal Clearance & Special Offers", "Soldes saisonnières & Offres spéciales", "homeware", List.of(
					new Sub("clearance_clothing", "Clearance Clothing", "Vêtements soldés"),
					new Sub("clearance_home", "Clearance Home", "Maison soldée"),
					new Sub("clearance_electronics", "Clearance Electronics", "Électronique soldée")));

	static final String MASTER = "master";

	static final String PRINT_TREE = "print_catalogue";

	static final List<Sub> PRINT_SECTIONS = List.of(
			new Sub("print_spring_summer_2024", "Spring/Summer 2024", "Printemps/Été 2024"),
			new Sub("print_autumn_winter_2024", "Autumn/Winter 2024", "Automne/Hiver 2024"));

	private Departments() {
	}

}
