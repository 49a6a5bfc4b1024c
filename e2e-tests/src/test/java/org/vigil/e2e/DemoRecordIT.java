package org.vigil.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The demo record is created the real way, through the public API, and loading it twice adds nothing. */
class DemoRecordIT extends OnThePlatform {

    @Test
    void loadingTheDemoRecordPublishesEachOfItsEventsOnceEvenWhenLoadedTwice() throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        Set<String> expectedCountries = new HashSet<>();
        JsonNode record = new ObjectMapper()
                .readTree(platform.root.resolve("demo/record.json").toFile());
        for (JsonNode report : record.path("reports")) {
            for (JsonNode claim : report.path("claims")) {
                if (claim.path("property").asText().equals("existence")) {
                    expected.merge(claim.path("value").path("title").asText(), 1, Integer::sum);
                }
                // the countries of events and of tallies (what sources count there); an online incident has none
                String country =
                        claim.path("value").path("place").path("countryCode").asText();
                if (!country.isEmpty()) {
                    expectedCountries.add(country);
                }
            }
        }

        assertEquals(0, load(), "first load");
        assertEquals(expected, publishedAmong(expected.keySet()));
        assertEquals(0, load(), "second load");
        assertEquals(expected, publishedAmong(expected.keySet()), "a second load adds nothing");
        assertTrue(expected.values().stream().mapToInt(Integer::intValue).sum() >= 40);
        assertTrue(expectedCountries.size() >= 30);
    }

    private static int load() throws IOException, InterruptedException {
        Path log = platform.logs.resolve("demo-load.log");
        ProcessBuilder loader = new ProcessBuilder(
                        "node", platform.root.resolve("demo/load").toString(), platform.gateway())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        loader.environment().put("VIGIL_KEYCLOAK_URL", platform.keycloak());
        Process process = loader.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("demo/load did not finish; see " + log);
        }
        return process.exitValue();
    }

    /** How many public events carry each of these titles. */
    private static Map<String, Integer> publishedAmong(Set<String> titles) {
        Map<String, Integer> published = new HashMap<>();
        String cursor = null;
        do {
            var request = api.anonymous().queryParam("limit", 200);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when()
                    .get("/api/v1/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (String title : page.<String>getList("items.title")) {
                if (titles.contains(title)) {
                    published.merge(title, 1, Integer::sum);
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return published;
    }
}
