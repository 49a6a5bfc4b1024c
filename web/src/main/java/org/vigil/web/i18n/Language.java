package org.vigil.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two languages of the pages: English and Persian (written right to left). */
public enum Language {
    // British conventions for English dates ("14 February 2026"): the record is international
    EN("en", "en-GB", false),
    FA("fa", "fa", true);

    /** The cookie that remembers a reader's choice (nothing else: it names no one). */
    public static final String COOKIE = "vigil-lang";

    private final String tag;
    private final boolean rightToLeft;
    private final Locale locale;

    Language(String tag, String formats, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(formats);
    }

    public String tag() {
        return tag;
    }

    /** The locale the pages' numbers and dates are written in. */
    public Locale locale() {
        return locale;
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Language other() {
        return this == EN ? FA : EN;
    }

    public static Optional<Language> byTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The reader's language: an explicit {@code ?lang=}, else the remembered choice, else the first
     * of the browser's preferred languages that the pages speak, else English.
     */
    public static Language choose(String requested, String remembered, List<Locale> preferred) {
        return byTag(requested)
                .or(() -> byTag(remembered))
                .or(() -> preferred.stream()
                        .map(locale -> byTag(locale.getLanguage()))
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(EN);
    }
}
