package org.vigil.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.submit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Every bad input is a 400 (or 415) problem naming what is wrong, and changes nothing (docs/product.md §6). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class InputValidationTest {

    private static final String AUTHOR = contributor("contributor-input-1");
    private static final String MODERATOR = moderator("moderator1");

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Nested
    class Reports {

        @Test
        void aNulCharacterInAClaimValueIs400() {
            refused(
                    submit(AUTHOR, munichReport().replace("Global day of action", "Global\\u0000day")),
                    "claims[0].value");
        }

        @Test
        void anUnpairedSurrogateInTheNoteIs400() {
            refused(submit(AUTHOR, munichReport().replace("seen in the article", "seen \\udc00 here")), "note");
        }

        @Test
        void aNumberWhereAStringBelongsIs400() {
            refused(submit(AUTHOR, munichReport().replace("\"seen in the article\"", "42")), "note");
        }

        @Test
        void bytesAfterTheJsonAre400() {
            submit(AUTHOR, munichReport() + "{\"claims\": []}")
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }

        @Test
        void aSourceLanguageThatIsNoBcp47TagIs400() {
            refused(
                    submit(AUTHOR, munichReport().replace("\"language\": \"en\"", "\"language\": \"en_GB!\"")),
                    "claims[0].citations[0].source.language");
        }

        @Test
        void aSourcePublicationDateThatIsNoDateIs400() {
            refused(
                    submit(AUTHOR, munichReport().replace("\"language\": \"en\"", "\"publishedAt\": \"soon\"")),
                    "claims[0].citations[0].source.publishedAt");
        }

        @Test
        void aSourceVersionWithoutASourceIdIs400() {
            refused(
                    submit(
                            AUTHOR,
                            munichReport()
                                    .replace(
                                            "\"exact\": \"%s\"".formatted(Fixtures.MUNICH_QUOTE),
                                            "\"sourceVersion\": 2, \"exact\": \"%s\""
                                                    .formatted(Fixtures.MUNICH_QUOTE))),
                    "claims[0].citations[0].sourceVersion");
        }

        @Test
        void aReportWithoutContentTypeIs415() {
            given().auth()
                    .oauth2(AUTHOR)
                    .body(munichReport().getBytes())
                    .when()
                    .post("/api/v1/reports")
                    .then()
                    .statusCode(415)
                    .contentType(startsWith("application/problem+json"));
        }
    }

    @Nested
    class Queue {

        @Test
        void aNulCharacterInAFilterIs400() {
            refused(
                    given().auth()
                            .oauth2(MODERATOR)
                            .urlEncodingEnabled(false)
                            .when()
                            .get("/api/v1/moderation/queue?country=D%00E")
                            .then(),
                    "country");
        }

        @Test
        void aSensitivityOtherThanTrueOrFalseIs400() {
            refused(get(MODERATOR, "/api/v1/moderation/queue?sensitive=maybe"), "sensitive");
        }

        @Test
        void anUnknownCountryIs400() {
            refused(get(MODERATOR, "/api/v1/moderation/queue?country=XX"), "country");
        }

        @Test
        void aLimitThatIsNoNumberIs400() {
            refused(get(MODERATOR, "/api/v1/moderation/queue?limit=all"), "limit");
        }

        @Test
        void anAuditPageLimitThatIsNoNumberIs400() {
            refused(get(Fixtures.admin("admin1"), "/api/v1/audit?limit=all"), "limit");
        }

        @Test
        void anUnknownFilterIs400() {
            refused(get(MODERATOR, "/api/v1/moderation/queue?satus=pending"), "satus");
        }
    }
}
