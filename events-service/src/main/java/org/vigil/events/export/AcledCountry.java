package org.vigil.events.export;

import java.util.HashMap;
import java.util.Map;
import org.vigil.contracts.vocabulary.CountryCodes;

/**
 * A country as ACLED writes it: its name, where ACLED's spelling differs from the JDK's English
 * (CLDR) name ("Czech Republic", not "Czechia"; "Democratic Republic of Congo", not "Congo -
 * Kinshasa"), and the ACLED region it belongs to. Both tables are in {@code docs/acled.md}; change
 * them together.
 */
final class AcledCountry {

    /** ACLED's spelling where it is not the CLDR English name. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("AG", "Antigua and Barbuda"),
            Map.entry("AX", "Aland Islands"),
            Map.entry("BA", "Bosnia and Herzegovina"),
            Map.entry("BL", "Saint-Barthelemy"),
            Map.entry("CD", "Democratic Republic of Congo"),
            Map.entry("CG", "Republic of Congo"),
            Map.entry("CI", "Ivory Coast"),
            Map.entry("CW", "Curacao"),
            Map.entry("CZ", "Czech Republic"),
            Map.entry("HK", "Hong Kong"),
            Map.entry("KN", "Saint Kitts and Nevis"),
            Map.entry("LC", "Saint Lucia"),
            Map.entry("MF", "Saint-Martin"),
            Map.entry("MM", "Myanmar"),
            Map.entry("MO", "Macau"),
            Map.entry("PM", "Saint Pierre and Miquelon"),
            Map.entry("PS", "Palestine"),
            Map.entry("RE", "Reunion"),
            Map.entry("SH", "Saint Helena, Ascension and Tristan da Cunha"),
            Map.entry("ST", "Sao Tome and Principe"),
            Map.entry("SZ", "eSwatini"),
            Map.entry("TC", "Turks and Caicos Islands"),
            Map.entry("TL", "East Timor"),
            Map.entry("TR", "Turkey"),
            Map.entry("TT", "Trinidad and Tobago"),
            Map.entry("VC", "Saint Vincent and the Grenadines"),
            Map.entry("VI", "Virgin Islands, U.S."),
            Map.entry("WF", "Wallis and Futuna"));

    /** ACLED's regions and the countries in each. */
    private static final Map<String, String> REGIONS = regions(Map.ofEntries(
            Map.entry("Northern Africa", "DZ EG LY MA SD TN EH"),
            Map.entry("Western Africa", "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH"),
            Map.entry("Middle Africa", "CM CF TD CG CD GQ GA ST"),
            Map.entry("Eastern Africa", "BI KM DJ ER ET KE MU YT RE RW SC SO SS TZ UG"),
            Map.entry("Southern Africa", "AO BW SZ LS MG MW MZ NA ZA ZM ZW"),
            Map.entry("Middle East", "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE"),
            Map.entry("Caucasus and Central Asia", "AM AZ GE KZ KG TJ TM UZ"),
            Map.entry("South Asia", "AF BD BT IN MV NP PK LK"),
            Map.entry("Southeast Asia", "BN KH ID LA MY MM PH SG TH TL VN"),
            Map.entry("East Asia", "CN HK MO JP KP KR MN TW"),
            Map.entry(
                    "Europe",
                    "AL AD AT AX BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI"
                            + " LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB VA"),
            Map.entry("North America", "BM CA GL PM US"),
            Map.entry("Central America", "BZ CR SV GT HN MX NI PA"),
            Map.entry(
                    "Caribbean", "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI"),
            Map.entry("South America", "AR BO BR CL CO EC FK GF GY PY PE SR UY VE"),
            Map.entry("Oceania", "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF"),
            Map.entry("Antarctica", "AQ BV GS HM TF")));

    private AcledCountry() {}

    /** ACLED's name of the country with ISO code {@code code}; {@code null} for {@code null}. */
    static String name(String code) {
        if (code == null) {
            return null;
        }
        return NAMES.getOrDefault(code, CountryCodes.englishName(code));
    }

    /** ACLED's region of the country, or {@code null} when the table has none for it. */
    static String region(String code) {
        return code == null ? null : REGIONS.get(code);
    }

    private static Map<String, String> regions(Map<String, String> countriesByRegion) {
        Map<String, String> regions = new HashMap<>();
        countriesByRegion.forEach((region, codes) -> {
            for (String code : codes.split(" ")) {
                if (regions.put(code, region) != null) {
                    throw new IllegalStateException(code + " is in two ACLED regions");
                }
            }
        });
        return Map.copyOf(regions);
    }
}
