package com.akeneokhaos.sandbox.akeneo;

import java.util.Arrays;
import java.util.Random;

/**
 * Which product (by position in uuid order) is valid, a variant, or carries which defect, and which
 * earlier valid product each case-duplicate clashes with. Positions are shuffled with the seeded random.
 */
final class RolePlan {

	private static final int VALID = -1;

	private static final int VARIANT = -2;

	private final int[] roles;

	private final int[] links;

	private RolePlan(int[] roles, int[] links) {
		this.roles = roles;
		this.links = links;
	}

	static RolePlan assign(CatalogueSpec spec, Random random) {
		int[] roles = new int[spec.productCount()];
		Arrays.fill(roles, VALID);
		int next = 0;
		for (DefectKind kind : DefectKind.values()) {
			for (int i = 0; i < spec.defectCount(kind); i++) {
				roles[next++] = kind.ordinal();
			}
		}
		Arrays.fill(roles, next, next + spec.variantCount(), VARIANT);
		shuffle(roles, random);
		putValidBeforeDuplicates(roles);
		return new RolePlan(roles, links(roles, random));
	}

	/** The defect at a position, or null for a valid product or a planned variant. */
	DefectKind defectAt(int position) {
		return roles[position] >= 0 ? DefectKind.values()[roles[position]] : null;
	}

	boolean isVariant(int position) {
		return roles[position] == VARIANT;
	}

	/** The position of the valid product a SKU_DUPLICATE_CASE product clashes with; always earlier. */
	int duplicateTarget(int position) {
		return roles[position] == DefectKind.SKU_DUPLICATE_CASE.ordinal() ? links[position] : -1;
	}

	/** For a planned variant, how many planned variants come before it. */
	int variantOrdinal(int position) {
		return roles[position] == VARIANT ? links[position] : -1;
	}

	private static void shuffle(int[] values, Random random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	private static void putValidBeforeDuplicates(int[] roles) {
		int duplicate = DefectKind.SKU_DUPLICATE_CASE.ordinal();
		int firstDuplicate = indexOf(roles, duplicate);
		int firstValid = indexOf(roles, VALID);
		if (firstDuplicate >= 0 && firstValid > firstDuplicate) {
			roles[firstDuplicate] = VALID;
			roles[firstValid] = duplicate;
		}
	}

	/** Per position: a duplicate's target position, or a variant's ordinal among variants. */
	private static int[] links(int[] roles, Random random) {
		int[] links = new int[roles.length];
		int[] validSoFar = new int[roles.length];
		int validCount = 0;
		int variantCount = 0;
		for (int i = 0; i < roles.length; i++) {
			if (roles[i] == VALID) {
				validSoFar[validCount++] = i;
			}
			else if (roles[i] == VARIANT) {
				links[i] = variantCount++;
			}
			else if (roles[i] == DefectKind.SKU_DUPLICATE_CASE.ordinal()) {
				links[i] = validSoFar[random.nextInt(validCount)];
			}
		}
		return links;
	}

	private static int indexOf(int[] values, int wanted) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

}
