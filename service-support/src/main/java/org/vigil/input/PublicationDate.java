package org.vigil.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * When a source was published: an ISO 8601 date ({@code 2026-02-14}) or date and time with an
 * offset ({@code 2026-02-14T18:30:00+01:00}), or null.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PublicationDate.Validator.class)
public @interface PublicationDate {

    String message() default "must be a date (YYYY-MM-DD) or an ISO 8601 date and time with an offset";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PublicationDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException notADate) {
                try {
                    OffsetDateTime.parse(value);
                    return true;
                } catch (DateTimeParseException notADateTime) {
                    return false;
                }
            }
        }
    }
}
