package com.akeneokhaos.catalogue.mapping;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.ReferenceData;

/** Checks one attribute source: the attribute exists, its type can fill the field, currency and unit fit. */
final class AttributeCheck {

	private final ReferenceData reference;

	private final MappingDefaults defaults;

	private final Consumer<String> report;

	private final AkeneoNames names;

	AttributeCheck(ReferenceData reference, MappingDefaults defaults, Consumer<String> report) {
		this.reference = reference;
		this.defaults = defaults;
		this.report = report;
		this.names = new AkeneoNames(reference);
	}

	void check(FieldMapping field, Source.FromAttribute source) {
		Optional<Attribute> found = reference.attribute(source.attribute());
		if (found.isEmpty()) {
			report.accept("uses attribute '" + source.attribute() + "', which does not exist in Akeneo"
					+ Suggestions.didYouMean(source.attribute(), reference.attributes().keySet()));
			return;
		}
		Attribute attribute = found.get();
		if (fits(field, attribute)) {
			checkLabels(source, attribute);
			checkCurrency(source, attribute);
			checkUnit(source, attribute);
		}
		Optional.ofNullable(source.locale()).ifPresent(locale -> names.checkLocale(locale, report));
		Optional.ofNullable(source.scope()).ifPresent(scope -> names.checkScope(scope, report));
	}

	private boolean fits(FieldMapping field, Attribute attribute) {
		String what = "attribute '" + attribute.code() + "' (" + attribute.type() + ")";
		if (!AttributeTypes.supported(attribute.type())) {
			report.accept("uses " + what + ", a type the sync cannot read");
			return false;
		}
		if (!AttributeTypes.canFill(attribute.type(), field.field().kind())) {
			report.accept("holds a " + field.field().kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
					+ " value, which " + what + " cannot give");
			return false;
		}
		return true;
	}

	private void checkLabels(Source.FromAttribute source, Attribute attribute) {
		if (source.show() == Source.Show.LABEL && !AttributeTypes.hasOptionLabels(attribute.type())) {
			report.accept("asks for labels (as: label), but attribute '" + attribute.code()
					+ "' is not a simple or multi select");
		}
	}

	private void checkCurrency(Source.FromAttribute source, Attribute attribute) {
		boolean price = AttributeTypes.PRICE.equals(attribute.type());
		String currency = (source.currency() != null) ? source.currency() : defaults.currency();
		if (price && currency == null) {
			report.accept("reads price attribute '" + attribute.code()
					+ "' but gives no currency; add currency: GBP here or in defaults");
		}
		else if (price) {
			names.checkCurrency(currency, report);
		}
		else if (source.currency() != null) {
			report.accept("has currency, but attribute '" + attribute.code() + "' is not a price");
		}
	}

	private void checkUnit(Source.FromAttribute source, Attribute attribute) {
		String family = attribute.metricFamily();
		if (!AttributeTypes.METRIC.equals(attribute.type())) {
			if (source.unit() != null) {
				report.accept("has unit, but attribute '" + attribute.code() + "' is not a metric");
			}
		}
		else if (family == null || !Metrics.knowsFamily(family)) {
			report.accept("reads attribute '" + attribute.code() + "', measured in '" + family
					+ "', which the sync cannot convert (it knows Weight, Length and Volume)");
		}
		else if (source.unit() == null || !Metrics.units(family).contains(source.unit())) {
			report.accept((source.unit() == null ? "gives no unit" : "has unit '" + source.unit() + "', which is not a "
					+ family + " unit") + "; say which unit Khaos expects for attribute '" + attribute.code()
					+ "', one of " + String.join(", ", Metrics.units(family).stream().sorted().toList()));
		}
	}

}
