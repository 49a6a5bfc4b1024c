package org.vigil.sources.suggestions;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names in English and Persian, from the JDK's own locale data (CLDR), keyed the way
 * {@link Gazetteer#key} keys place names. Used to tell "Armenia barred Iranians" (a country)
 * from Armenia, Colombia (a city of 300,000), and "Atlanta, Georgia" from the country Georgia.
 */
final class CountryNames {

    private final Map<String, String> codes = new HashMap<>();

    CountryNames() {
        Locale persian = Locale.forLanguageTag("fa");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            add(country.getDisplayCountry(Locale.ENGLISH), code);
            add(country.getDisplayCountry(persian), code);
        }
    }

    private void add(String name, String code) {
        if (!name.isBlank() && !name.equals(code)) {
            codes.putIfAbsent(Gazetteer.key(name), code);
        }
    }

    /** The ISO code of the country called {@code name}, if it is one. */
    Optional<String> codeOf(String name) {
        return Optional.ofNullable(codes.get(Gazetteer.key(name)));
    }
}
