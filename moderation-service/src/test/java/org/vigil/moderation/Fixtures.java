package org.vigil.moderation;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.vigil.testing.TestIdentityProvider;

import static io.restassured.RestAssured.given;

/** Shared test data and calls: the report of SPEC §5 and the demo accounts' tokens. */
public final class Fixtures {

    private Fixtures() {}

    public static final String MUNICH_QUOTE = "Over 250,000 attended the 14 February rally in Munich";

    public static String contributor(String name) {
        return TestIdentityProvider.start().userToken(name, "contributor");
    }

    public static String moderator(String name) {
        return TestIdentityProvider.start().userToken(name, "moderator");
    }

    public static String munichReport() {
        return """
                {"note": "seen in the article",
                 "claims": [
                  {"property": "existence",
                   "value": {"kind": "rally", "title": "Global day of action rally in Munich", "date": "2026-02-14",
                             "place": {"countryCode": "DE", "city": "Munich", "lat": 48.137, "lon": 11.575, "precision": "city"},
                             "concerns": "IR"},
                   "citations": [{"source": {"url": "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests?utm_source=x",
                                             "title": "2026 Iranian diaspora protests", "publisher": "Wikipedia", "language": "en",
                                             "text": "Toronto, and Munich. Over 250,000 attended the 14 February rally in Munich, making it the largest"},
                                  "exact": "%1$s", "prefix": "Toronto, and Munich. ", "suffix": ", making it the largest"}]},
                  {"property": "attendance",
                   "value": {"low": 250000, "high": null, "qualifier": "over", "estimatedBy": "media"},
                   "citations": [{"source": {"url": "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests",
                                             "text": "Toronto, and Munich. Over 250,000 attended the 14 February rally in Munich, making it the largest"},
                                  "exact": "%1$s"}]}
                 ]}
                """.formatted(MUNICH_QUOTE);
    }

    public static ValidatableResponse submit(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then();
    }
}
