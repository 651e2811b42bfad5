package com.akeneokhaos.structure;

import java.util.ArrayList;
import java.util.List;

import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.FamilyVariant;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * The SCS headings of a family variant: the labels of its variation axes, level 1 first. Khaos takes at
 * most four, so a family variant with more cannot become an SCS item at all.
 */
public final class ScsHeadings {

	static final int MAX_HEADINGS = 4;

	private final ReferenceData reference;

	private final String locale;

	public ScsHeadings(ReferenceData reference, String locale) {
		this.reference = reference;
		this.locale = locale;
	}

	public List<String> of(FamilyVariant familyVariant) {
		return familyVariant.allAxes().stream().map(this::label).toList();
	}

	public List<Violation> check(AkeneoProductModel model, FamilyVariant familyVariant) {
		List<Violation> problems = new ArrayList<>();
		familyVariant.allAxes().stream()
			.filter(axis -> reference.attribute(axis).isEmpty())
			.forEach(axis -> problems.add(axisUnknown(model, familyVariant, axis)));
		problems.addAll(tooManyAxes(model, familyVariant));
		return problems;
	}

	private static Violation axisUnknown(AkeneoProductModel model, FamilyVariant familyVariant, String axis) {
		return Violation.of(Rule.ATTRIBUTE_UNKNOWN, "SCSParent.Headings", axis, "The product model '" + model.code()
				+ "' varies on the attribute '" + axis + "' (family variant '" + familyVariant.code() + "'), which "
				+ "Akeneo does not have: choose existing attributes as the family variant's axes in Akeneo. The "
				+ "model's variants wait until then.");
	}

	private static List<Violation> tooManyAxes(AkeneoProductModel model, FamilyVariant familyVariant) {
		List<String> axes = familyVariant.allAxes();
		if (axes.size() <= MAX_HEADINGS) {
			return List.of();
		}
		return List.of(new Violation(Rule.SCS_TOO_MANY_AXES, "SCSParent.Headings", String.join(", ", axes),
				"The product model '" + model.code() + "' varies on " + axes.size() + " axes (" + String.join(", ", axes)
						+ ", from family variant '" + familyVariant.code() + "'), but Khaos size/colour/style items "
						+ "take at most " + MAX_HEADINGS + ". Neither the model nor its variants can be sent to "
						+ "Khaos until the family variant uses " + MAX_HEADINGS + " axes or fewer."));
	}

	/** Why a model whose family variant Akeneo does not list cannot become an SCS parent. */
	public static Violation familyVariantUnknown(AkeneoProductModel model) {
		return Violation.of(Rule.FAMILY_VARIANT_UNKNOWN, "SCSParent.Headings", model.familyVariant(),
				"The product model '" + model.code() + "' names the family variant '" + model.familyVariant()
						+ "', which Akeneo does not have in family '" + model.family() + "', so the sync cannot tell "
						+ "its size/colour/style headings: give the model an existing family variant of its family "
						+ "(or create that family variant) in Akeneo. Its variants wait until then.");
	}

	private String label(String axis) {
		return reference.attribute(axis)
			.map(Attribute::labels)
			.map(labels -> labels.getOrDefault(locale, axis))
			.filter(label -> !label.isBlank())
			.orElse(axis);
	}

}
