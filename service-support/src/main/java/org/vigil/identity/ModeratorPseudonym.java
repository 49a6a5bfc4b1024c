package org.vigil.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name contributors and other moderators know a moderator by, e.g.
 * {@code moderator-4hq0d-x9ke2}. Derived by {@link Pseudonyms#moderatorOf} with a purpose of its
 * own, so it never equals nor reveals the contributor pseudonym of the same person.
 */
public record ModeratorPseudonym(String value) {

    private static final Pattern SHAPE = Pattern.compile("moderator-[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}");

    public ModeratorPseudonym {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a moderator pseudonym");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
