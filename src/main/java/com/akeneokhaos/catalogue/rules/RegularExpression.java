package com.akeneokhaos.catalogue.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated string must compile as a Java regular expression ({@code null} is valid).
 * <p>
 * No standard constraint says "is a regular expression"; with this one a configured pattern that does not
 * compile is refused at binding time like every other setting, and the message says what is wrong with it
 * (e.g. {@code must be a regular expression (Unclosed character class near index 3)}).
 */
@Documented
@Constraint(validatedBy = RegularExpression.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RegularExpression {

	String message() default "must be a regular expression";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link RegularExpression}, naming the syntax error in the message. */
	class Validator implements ConstraintValidator<RegularExpression, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			try {
				Pattern.compile(value);
				return true;
			}
			catch (PatternSyntaxException ex) {
				String problem = ex.getDescription() + ((ex.getIndex() >= 0) ? " near index " + ex.getIndex() : "");
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(
						context.getDefaultConstraintMessageTemplate() + " (" + literal(problem) + ")")
					.addConstraintViolation();
				return false;
			}
		}

		/** The text escaped so that message interpolation leaves it as it is. */
		private static String literal(String text) {
			return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
		}

	}

}
