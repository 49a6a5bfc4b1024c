package org.vigil.e2e;

/** The report of docs/product.md §5, citing an excerpt of the Wikipedia seed inline. */
final class Reports {

    private Reports() {}

    static final String MUNICH_QUOTE = "Over 250,000 attended the 14 February rally in Munich";

    static String munich(String marker) {
        String text = "Reza Pahlavi also declared 14 February as a \\\"global day of action,\\\" and called for major "
                + "diaspora solidarity rallies in Los Angeles, Toronto, and Munich. " + MUNICH_QUOTE
                + ", making it the largest ever Iran-focused demonstration in European history to date. (" + marker
                + ")";
        return """
                {"note": "from the article (%2$s)",
                 "claims": [
                  {"property": "existence",
                   "value": {"kind": "rally", "title": "End-to-end test rally in Munich (%2$s)", "date": "2026-02-14",
                             "place": {"countryCode": "DE", "city": "Munich", "lat": 48.137, "lon": 11.575, "precision": "city"},
                             "concerns": "IR"},
                   "citations": [{"source": {"url": "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests?e2e=%2$s",
                                             "title": "2026 Iranian diaspora protests", "publisher": "Wikipedia",
                                             "language": "en", "text": "%3$s"},
                                  "exact": "%1$s", "prefix": "Toronto, and Munich. ", "suffix": ", making it the largest"}]},
                  {"property": "attendance",
                   "value": {"low": 250000, "high": null, "qualifier": "over", "estimatedBy": "media"},
                   "citations": [{"source": {"url": "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests?e2e=%2$s",
                                             "text": "%3$s"},
                                  "exact": "%1$s"}]}
                 ]}
                """.formatted(MUNICH_QUOTE, marker, text);
    }
}
