package org.vigil.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.submitted;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** What the moderation service's lists share with every other: limit, next link, unknown parameters, tags. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ListContractTest {

    @Test
    void aFullPageLinksToTheNextKeepingTheLimit() {
        String mine = contributor("contributor-list-1");
        submitted(mine, munichReport());
        submitted(mine, munichReport());
        String next = get(mine, "/api/v1/reports/mine?limit=1")
                .statusCode(200)
                .extract()
                .path("nextCursor");
        get(mine, "/api/v1/reports/mine?limit=1")
                .header("Link", equalTo("</api/v1/reports/mine?limit=1&cursor=" + next + ">; rel=\"next\""));
        get(mine, "/api/v1/reports/mine?limit=200").header("Link", nullValue());
    }

    @Test
    void aLimitOutOfRangeIsA400NamingIt() {
        for (String path : new String[] {"/api/v1/reports/mine?limit=201", "/api/v1/moderation/queue?limit=abc"}) {
            String token = path.contains("queue") ? moderator("moderator1") : contributor("contributor-list-2");
            get(token, path)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("limit"));
        }
    }

    @Test
    void anUnknownParameterIsA400NamingIt() {
        get(moderator("moderator1"), "/api/v1/moderation/queue?staus=pending")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("staus"));
    }

    @Test
    void anUnchangedListAnswers304ToItsETag() {
        String mine = contributor("contributor-list-3");
        submitted(mine, munichReport());
        String tag = get(mine, "/api/v1/reports/mine")
                .header("ETag", startsWith("W/\""))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(mine)
                .header("If-None-Match", tag)
                .when()
                .get("/api/v1/reports/mine")
                .then()
                .statusCode(304);
    }
}
