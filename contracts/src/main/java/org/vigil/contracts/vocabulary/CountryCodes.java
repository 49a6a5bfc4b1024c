package org.vigil.contracts.vocabulary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ISO 3166-1 country codes: which alpha-2 codes a place or a {@code concerns} may carry, and
 * what exports print for them.
 *
 * <p>The valid codes are the JDK's ISO 3166-1 alpha-2 list plus {@code XK}, Kosovo. ISO has not
 * assigned Kosovo a code; {@code XK} is the user-assigned code the European Commission, the
 * IMF, SWIFT and ACLED use, and leaving it out would make rallies in Pristina impossible to
 * record. Exports give it the alpha-3 {@code XKX} (the same institutions' choice) and no numeric
 * code.
 *
 * <p>Codes are upper case on the wire; {@link #normalise(String)} forgives lower case for query
 * parameters.
 */
public final class CountryCodes {

    /** Kosovo's user-assigned code, see the class comment. */
    public static final String KOSOVO = "XK";

    private static final String KOSOVO_ALPHA3 = "XKX";

    /**
     * ISO 3166-1 numeric codes, which ACLED's {@code iso} column carries and the JDK does not
     * know. Taken from Debian's iso-codes 4.x ({@code iso_3166-1.json}); the test checks it
     * covers exactly the JDK's alpha-2 list.
     */
    private static final String NUMERIC_CODES = """
            AD020 AE784 AF004 AG028 AI660 AL008 AM051 AO024 AQ010 AR032 AS016 AT040
            AU036 AW533 AX248 AZ031 BA070 BB052 BD050 BE056 BF854 BG100 BH048 BI108
            BJ204 BL652 BM060 BN096 BO068 BQ535 BR076 BS044 BT064 BV074 BW072 BY112
            BZ084 CA124 CC166 CD180 CF140 CG178 CH756 CI384 CK184 CL152 CM120 CN156
            CO170 CR188 CU192 CV132 CW531 CX162 CY196 CZ203 DE276 DJ262 DK208 DM212
            DO214 DZ012 EC218 EE233 EG818 EH732 ER232 ES724 ET231 FI246 FJ242 FK238
            FM583 FO234 FR250 GA266 GB826 GD308 GE268 GF254 GG831 GH288 GI292 GL304
            GM270 GN324 GP312 GQ226 GR300 GS239 GT320 GU316 GW624 GY328 HK344 HM334
            HN340 HR191 HT332 HU348 ID360 IE372 IL376 IM833 IN356 IO086 IQ368 IR364
            IS352 IT380 JE832 JM388 JO400 JP392 KE404 KG417 KH116 KI296 KM174 KN659
            KP408 KR410 KW414 KY136 KZ398 LA418 LB422 LC662 LI438 LK144 LR430 LS426
            LT440 LU442 LV428 LY434 MA504 MC492 MD498 ME499 MF663 MG450 MH584 MK807
            ML466 MM104 MN496 MO446 MP580 MQ474 MR478 MS500 MT470 MU480 MV462 MW454
            MX484 MY458 MZ508 NA516 NC540 NE562 NF574 NG566 NI558 NL528 NO578 NP524
            NR520 NU570 NZ554 OM512 PA591 PE604 PF258 PG598 PH608 PK586 PL616 PM666
            PN612 PR630 PS275 PT620 PW585 PY600 QA634 RE638 RO642 RS688 RU643 RW646
            SA682 SB090 SC690 SD729 SE752 SG702 SH654 SI705 SJ744 SK703 SL694 SM674
            SN686 SO706 SR740 SS728 ST678 SV222 SX534 SY760 SZ748 TC796 TD148 TF260
            TG768 TH764 TJ762 TK772 TL626 TM795 TN788 TO776 TR792 TT780 TV798 TW158
            TZ834 UA804 UG800 UM581 US840 UY858 UZ860 VA336 VC670 VE862 VG092 VI850
            VN704 VU548 WF876 WS882 YE887 YT175 ZA710 ZM894 ZW716
            """;

    private static final Map<String, Integer> NUMERIC = numericCodes();
    private static final Set<String> CODES = codes();
    // Looked up once: exports ask for these a million times, and a Locale lookup each time shows.
    private static final Map<String, String> ENGLISH_NAMES =
            byCode(code -> locale(code).getDisplayCountry(Locale.ENGLISH));
    private static final Map<String, String> ALPHA3 =
            byCode(code -> KOSOVO.equals(code) ? KOSOVO_ALPHA3 : locale(code).getISO3Country());

    private CountryCodes() {}

    /** Whether {@code code} is an upper-case ISO 3166-1 alpha-2 code (or {@code XK}). */
    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** Every accepted code, upper case. */
    public static Set<String> all() {
        return CODES;
    }

    /** The code in upper case with surrounding blanks removed, when it is a valid one. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return isValid(upper) ? Optional.of(upper) : Optional.empty();
    }

    /**
     * The country's short English name, as exports print it ("Germany", "Iran"). Comes from the
     * JDK's CLDR data, so a JDK upgrade may change a name's spelling (Turkey, Türkiye).
     *
     * @throws IllegalArgumentException when the code is not valid
     */
    public static String englishName(String code) {
        return ENGLISH_NAMES.get(require(code));
    }

    /** The ISO 3166-1 alpha-3 code ({@code DEU}); {@code XKX} for Kosovo. */
    public static String alpha3(String code) {
        return ALPHA3.get(require(code));
    }

    /** The ISO 3166-1 numeric code (276 for {@code DE}); none for Kosovo. */
    public static OptionalInt numeric(String code) {
        Integer numeric = NUMERIC.get(require(code));
        return numeric == null ? OptionalInt.empty() : OptionalInt.of(numeric);
    }

    /**
     * The code itself when valid.
     *
     * @throws IllegalArgumentException naming the code, fit for a 400 answer
     */
    public static String require(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException(
                    "not an ISO 3166-1 alpha-2 country code: '" + code + "' (expected two capital letters, e.g. DE)");
        }
        return code;
    }

    private static Locale locale(String code) {
        return new Locale("", code);
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        codes.add(KOSOVO);
        return Set.copyOf(codes);
    }

    private static Map<String, String> byCode(Function<String, String> value) {
        return CODES.stream().collect(Collectors.toUnmodifiableMap(code -> code, value));
    }

    private static Map<String, Integer> numericCodes() {
        Map<String, Integer> numeric = new HashMap<>();
        for (String entry : NUMERIC_CODES.strip().split("\\s+")) {
            numeric.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return Map.copyOf(numeric);
    }
}
