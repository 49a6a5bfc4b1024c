package org.vigil.sources.quotes;

import java.util.Objects;

/**
 * A quote in the shape of a W3C Web Annotation TextQuoteSelector: the {@code exact} words, and
 * optionally the text right before ({@code prefix}) and right after ({@code suffix}) them, which
 * tell apart several places where the same words occur.
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public static TextQuoteSelector of(String exact) {
        return new TextQuoteSelector(exact, "", "");
    }
}
