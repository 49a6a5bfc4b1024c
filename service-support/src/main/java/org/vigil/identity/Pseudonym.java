package org.vigil.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name moderators and the audit log know a contributor by, e.g. {@code contributor-7fq3k-2mxa9}.
 * Only {@link Pseudonyms} makes new ones; this type exists so that a subject, a username or an
 * e-mail address can never be passed where a pseudonym is expected: anything not in the pseudonym
 * shape is refused.
 */
public record Pseudonym(String value) {

    private static final Pattern SHAPE = Pattern.compile("contributor-[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}");

    public Pseudonym {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a pseudonym");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
