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

    /** A source to register before citing it by id ({@code POST /api/v1/sources}). */
    static String source(String marker) {
        return """
                {"url": "https://news.example.org/vigil/%1$s", "title": "A rally in Leipzig", "language": "en",
                 "text": "Several hundred people rallied in Leipzig on Saturday (%1$s)."}
                """.formatted(marker);
    }

    /** A new rally whose one claim cites a registered source by its id. */
    static String citingRegistered(String marker, String sourceId) {
        return """
                {"note": "cites a registered source (%1$s)",
                 "claims": [
                  {"property": "existence",
                   "value": {"kind": "rally", "title": "End-to-end rally in Leipzig (%1$s)", "date": "2026-02-14",
                             "place": {"countryCode": "DE", "city": "Leipzig", "lat": 51.34, "lon": 12.37, "precision": "city"}},
                   "citations": [{"sourceId": "%2$s", "exact": "Several hundred people rallied in Leipzig"}]}
                 ]}
                """.formatted(marker, sourceId);
    }

    static final String INCIDENT_QUOTE = "editors were deleting content and sanitising the article";

    /** An incident with no place on a map: online, targeting the United Kingdom; one moderator suffices. */
    static String onlineIncident(String marker) {
        String text = "During the crackdown pro-government " + INCIDENT_QUOTE + " on the protests (" + marker + ").";
        return """
                {"note": "an online incident (%2$s)",
                 "claims": [
                  {"property": "existence",
                   "value": {"kind": "other", "title": "End-to-end test sanitising of an article (%2$s)",
                             "date": "2026-03-02", "place": {"scope": "online", "targets": ["GB"]}, "concerns": "IR"},
                   "citations": [{"source": {"url": "https://example.org/sanitising?e2e=%2$s", "title": "Sanitising",
                                             "publisher": "Example", "language": "en", "text": "%3$s"},
                                  "exact": "%1$s"}]}
                 ]}
                """.formatted(INCIDENT_QUOTE, marker, text);
    }

    static String tallyQuote(String marker) {
        return "Iceland held 5 rallies between 1 and 10 March (" + marker + ")";
    }

    /** A tally: five rallies in Iceland, 1 to 10 March 2026; never an event. */
    static String icelandTally(String marker) {
        String quote = tallyQuote(marker);
        return """
                {"note": "a tally (%2$s)",
                 "claims": [
                  {"property": "tally",
                   "value": {"kind": "rally", "place": {"countryCode": "IS"}, "period": "2026-03-01/2026-03-10",
                             "count": {"low": 5, "high": 5, "qualifier": "exact", "estimatedBy": "media"},
                             "subject": "events"},
                   "citations": [{"source": {"url": "https://example.org/iceland?e2e=%2$s", "title": "Iceland",
                                             "publisher": "Example", "language": "en",
                                             "text": "In short: %1$s. That was all."},
                                  "exact": "%1$s"}]}
                 ]}
                """.formatted(quote, marker);
    }
}
