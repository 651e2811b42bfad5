package com.akeneokhaos.sync.validation;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule: the Khaos field it concerns, the offending value as seen, and a sentence a
 * merchandiser can act on without knowing Khaos.
 */
public record Violation(Rule rule, @Nullable String field, @Nullable String offendingValue, String message) {

}
