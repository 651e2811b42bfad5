package com.akeneokhaos.catalogue.mapping;

import org.jspecify.annotations.Nullable;

/**
 * The {@code defaults:} of the mapping file: the Akeneo locale and channel ({@code scope}) values are
 * read in, the currency prices are read in and the category tree stock types come from, unless a field
 * says otherwise.
 */
public record MappingDefaults(String locale, String scope, @Nullable String currency, @Nullable String categoryTree) {

}
