package org.vigil.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * A well-formed BCP 47 language tag ({@code fa}, {@code en-GB}, {@code zh-Hant-TW}), or null. Read
 * strictly: what {@link Locale.Builder#setLanguageTag} refuses, or does not give back unchanged
 * (case aside), is not a tag, nor is one without a two- or three-letter language.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageTag.Validator.class)
public @interface LanguageTag {

    String message() default "must be a BCP 47 language tag, e.g. fa or en-GB";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {

        @Override
        public boolean isValid(String tag, ConstraintValidatorContext context) {
            if (tag == null) {
                return true;
            }
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag).build();
                // an ISO 639 language of two or three letters: BCP 47's longer forms are reserved, never assigned
                int language = locale.getLanguage().length();
                return language >= 2 && language <= 3 && locale.toLanguageTag().equalsIgnoreCase(tag);
            } catch (IllformedLocaleException e) {
                return false;
            }
        }
    }
}
