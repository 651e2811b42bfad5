package com.akeneokhaos.structure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.FamilyVariant;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.outbox.OutboxEntry;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Places a product in its Khaos structure: a simple product stands alone; a variant becomes an SCS child
 * of its root model, but only once that parent has been published, since Khaos refuses a child whose
 * parent it does not hold.
 */
public final class VariantLinker {

	private final ModelDirectory models;

	private final StockCodeRegistry ledger;

	private final ScsChildren children;

	public VariantLinker(ModelDirectory models, StockCodeRegistry ledger, ReferenceData reference, String locale) {
		this.models = models;
		this.ledger = ledger;
		this.children = new ScsChildren(reference, locale);
	}

	public Link link(AkeneoProduct product) {
		if (!product.isVariant()) {
			return Link.SIMPLE;
		}
		AkeneoProductModel root = models.root(product.parent()).orElse(null);
		if (root == null) {
			return new Link(ItemKind.VARIANT, null, OutboxEntry.RANK_CHILDREN, List.of(parentMissing(product)));
		}
		if (!ledger.isPublished(ItemKeys.forModel(root.code()))) {
			return new Link(ItemKind.VARIANT, null, OutboxEntry.RANK_CHILDREN, List.of(parentNotPublished(root)));
		}
		FamilyVariant familyVariant = models.familyVariant(root).orElse(null);
		if (familyVariant == null) {
			return new Link(ItemKind.VARIANT, null, OutboxEntry.RANK_CHILDREN, List.of(familyVariantGone(root)));
		}
		if (familyVariant.allAxes().size() > ScsHeadings.MAX_HEADINGS) {
			return new Link(ItemKind.VARIANT, null, OutboxEntry.RANK_CHILDREN, List.of(tooManyAxes(root, familyVariant)));
		}
		List<String> unreadable = children.unreadableAxes(product, familyVariant);
		if (!unreadable.isEmpty()) {
			return new Link(ItemKind.VARIANT, null, OutboxEntry.RANK_CHILDREN, List.of(axisValueUnreadable(root,
					unreadable)));
		}
		List<String> missing = children.missingAxes(product, familyVariant);
		if (!missing.isEmpty()) {
			return new Link(ItemKind.VARIANT, null, OutboxEntry.RANK_CHILDREN, List.of(axisValueMissing(root,
					familyVariant, missing)));
		}
		ObjectNode relationship = children.relationship(product, root.code(), familyVariant);
		return new Link(ItemKind.VARIANT, relationship, OutboxEntry.RANK_CHILDREN, List.of());
	}

	private static Violation parentMissing(AkeneoProduct product) {
		return new Violation(Rule.PARENT_MODEL_UNKNOWN, "SCSChild.ParentStockID", product.parent(),
				"This variant names the product model '" + product.parent() + "' as its parent, but Akeneo has no "
						+ "such model. Khaos cannot hold a variant without its parent: attach the product to an "
						+ "existing model or make it a simple product.");
	}

	private static Violation axisValueMissing(AkeneoProductModel root, FamilyVariant familyVariant,
			List<String> axes) {
		return Violation.of(Rule.SCS_VALUE_MISSING, "SCSChild.SCSValues", String.join(", ", axes),
				"This variant of the product model '" + root.code() + "' has no value for its variation axis "
						+ String.join(", ", axes) + " (family variant '" + familyVariant.code() + "'), so Khaos could "
						+ "not tell it from its siblings: fill in the value in Akeneo.");
	}

	private static Violation axisValueUnreadable(AkeneoProductModel root, List<String> axes) {
		return Violation.of(Rule.VALUE_UNREADABLE, "SCSChild.SCSValues", String.join(", ", axes),
				"This variant of the product model '" + root.code() + "' holds a list or an object where its "
						+ "variation axis " + String.join(", ", axes) + " needs one option: choose one option in Akeneo.");
	}

	private static Violation familyVariantGone(AkeneoProductModel root) {
		return new Violation(Rule.PARENT_NOT_PUBLISHED, "SCSChild.SCSValues", root.familyVariant(),
				"The product model '" + root.code() + "' of this variant names the family variant '"
						+ root.familyVariant() + "', which Akeneo no longer has, so the variant's size/colour/style "
						+ "values cannot be told; the model and its variants are held back as they are in Khaos (see "
						+ "the exception recorded for the model).");
	}

	private static Violation tooManyAxes(AkeneoProductModel root, FamilyVariant familyVariant) {
		return new Violation(Rule.PARENT_NOT_PUBLISHED, "SCSChild.SCSValues", String.join(", ", familyVariant.allAxes()),
				"The product model '" + root.code() + "' of this variant now varies on " + familyVariant.allAxes().size()
						+ " axes (family variant '" + familyVariant.code() + "'), more than the " + ScsHeadings.MAX_HEADINGS
						+ " Khaos takes, so the model and its variants are held back as they are in Khaos (see the "
						+ "exception recorded for the model).");
	}

	private static Violation parentNotPublished(AkeneoProductModel root) {
		return new Violation(Rule.PARENT_NOT_PUBLISHED, "SCSChild.ParentStockID", root.code(),
				"This variant belongs to the product model '" + root.code() + "', which could not be sent to Khaos "
						+ "(see the exception recorded for that model). Khaos cannot hold a variant without its "
						+ "parent, so the variant waits until the model is fixed.");
	}

	/** Where a product goes in Khaos, or why it cannot go yet. */
	public record Link(ItemKind kind, @Nullable ObjectNode relationship, int deliveryRank, List<Violation> problems) {

		static final Link SIMPLE = new Link(ItemKind.SIMPLE, null, OutboxEntry.RANK_PARENTS, List.of());

	}

}
