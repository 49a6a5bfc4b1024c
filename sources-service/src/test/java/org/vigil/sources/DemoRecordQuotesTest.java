package org.vigil.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.sources.quotes.QuoteMatch;
import org.vigil.sources.quotes.QuoteMatcher;
import org.vigil.sources.quotes.TextQuoteSelector;

/**
 * The demo record (demo/record.json) is loaded through the public API, so every quote it cites
 * must pass the platform's own quote check against the preserved seed text — exactly once.
 */
class DemoRecordQuotesTest {

    private static final Path DEMO = Path.of("..", "demo");
    private static JsonNode record;
    private static final Map<String, String> texts = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        record = new ObjectMapper().readTree(DEMO.resolve("record.json").toFile());
        for (JsonNode source : record.path("sources")) {
            texts.put(
                    source.path("key").asText(),
                    Files.readString(DEMO.resolve(source.path("file").asText()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyQuoteIsFoundOnceInItsPreservedSource() {
        QuoteMatcher matcher = new QuoteMatcher();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode report : record.path("reports")) {
            for (JsonNode claim : report.path("claims")) {
                for (JsonNode citation : claim.path("citations")) {
                    String text = texts.get(citation.path("source").asText());
                    QuoteMatch match = matcher.match(
                            text,
                            new TextQuoteSelector(
                                    citation.path("exact").asText(),
                                    citation.path("prefix").isTextual()
                                            ? citation.path("prefix").asText()
                                            : null,
                                    citation.path("suffix").isTextual()
                                            ? citation.path("suffix").asText()
                                            : null));
                    checked++;
                    if (match.check() != QuoteCheck.FOUND) {
                        failures.add(report.path("key").asText() + " "
                                + claim.path("property").asText() + ": " + match.check() + " — "
                                + citation.path("exact").asText());
                    }
                }
            }
        }
        assertTrue(checked > 100, "the record cites " + checked + " quotes");
        assertEquals(List.of(), failures);
    }

    @Test
    void theRecordHoldsAtLeastFortyEventsAndCoversThirtyCountriesWithItsTallies() {
        int events = 0;
        Set<String> countries = new HashSet<>();
        for (JsonNode report : record.path("reports")) {
            for (JsonNode claim : report.path("claims")) {
                if (claim.path("property").asText().equals("existence")) {
                    events++;
                }
                // the countries of events and of tallies (what sources count there); an online incident has none
                String country =
                        claim.path("value").path("place").path("countryCode").asText();
                if (!country.isEmpty()) {
                    countries.add(country);
                }
            }
        }
        assertTrue(events >= 40, events + " events");
        assertTrue(countries.size() >= 30, countries.size() + " countries");
    }
}
