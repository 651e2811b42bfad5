package com.akeneokhaos.khaos;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.util.unit.DataSize;

/**
 * The annotated {@link DataSize} must be more than 0 bytes ({@code null} is valid).
 * <p>
 * {@link jakarta.validation.constraints.Positive @Positive} only applies to numbers; this is its counterpart
 * for a size, so a configured size is refused at binding time like every other setting.
 */
@Documented
@Constraint(validatedBy = PositiveDataSize.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveDataSize {

	String message() default "must be more than 0 bytes";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link PositiveDataSize}. */
	class Validator implements ConstraintValidator<PositiveDataSize, DataSize> {

		@Override
		public boolean isValid(DataSize value, ConstraintValidatorContext context) {
			return value == null || value.toBytes() > 0;
		}

	}

}
