package org.vigil.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.vigil.sources.SourceFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code POST /api/v1/sources/{id}/deleted-upstream}: the page is gone, the evidence stays (issue 3, point 2). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class DeletedUpstreamTest {

    private static ValidatableResponse mark(String token, String id) {
        return given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/sources/" + id + "/deleted-upstream")
                .then();
    }

    private static String newSource() {
        return registerNew("https://gone.example/" + UUID.randomUUID(), unique(MUNICH));
    }

    @Test
    void aSourceIsAvailableUntilMarked() {
        readSource(moderator(), newSource())
                .statusCode(200)
                .body("status", equalTo("available"))
                .body("deletedUpstreamAt", nullValue());
    }

    @Test
    void aModeratorMarksASourceDeletedUpstream() {
        mark(moderator(), newSource())
                .statusCode(200)
                .body("status", equalTo("deleted_upstream"))
                .body("deletedUpstreamAt", notNullValue());
    }

    @Test
    void thePublicSeesTheMark() {
        String id = newSource();
        mark(moderator(), id).statusCode(200);
        readSource(gateway(), id)
                .statusCode(200)
                .body("status", equalTo("deleted_upstream"))
                .body("text", nullValue());
    }

    @Test
    void nothingPreservedIsLostWhenASourceIsMarked() {
        String url = "https://gone.example/" + UUID.randomUUID();
        String first = unique(MUNICH);
        String id = registerNew(url, first);
        String sha256 = readSource(moderator(), id).extract().path("sha256");
        registerNew(url, unique("The page was rewritten upstream."));
        mark(moderator(), id).statusCode(200);
        readSource(moderator(), id + "?version=1")
                .statusCode(200)
                .body("status", equalTo("deleted_upstream"))
                .body("versions", hasSize(2))
                .body("text", equalTo(first))
                .body("sha256", equalTo(sha256));
    }

    @Test
    void markingAgainKeepsTheFirstTime() {
        String id = newSource();
        String first = mark(moderator(), id).statusCode(200).extract().path("deletedUpstreamAt");
        mark(moderator(), id).statusCode(200).body("deletedUpstreamAt", equalTo(first));
    }

    @Test
    void aContributorMayNotMarkASource() {
        String id = newSource();
        mark(contributor(), id).statusCode(403).contentType("application/problem+json");
        readSource(moderator(), id).body("status", equalTo("available"));
    }

    @Test
    void markingAnUnknownSourceIsA404Problem() {
        mark(moderator(), UUID.randomUUID().toString()).statusCode(404).contentType("application/problem+json");
    }
}
