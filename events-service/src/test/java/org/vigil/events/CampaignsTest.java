package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** {@code GET /api/v1/campaigns} and the {@code campaign} filter, both without regard to case. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class CampaignsTest {

    private static UUID inCampaign(String country, String city, String campaign) {
        UUID event = published(existence(country, city, "2026-02-14"));
        send(claimApproved(event, UUID.randomUUID(), "campaign", campaign(campaign)));
        awaitHistory(event, 2);
        return event;
    }

    @Test
    void eachCampaignIsListedOnceWhateverItsCaseWithItsEventCount() {
        inCampaign("BE", "Brussels", "Day of solidarity");
        inCampaign("BE", "Antwerp", "Day of solidarity");
        inCampaign("BE", "Ghent", "day of Solidarity");
        inCampaign("BE", "Liège", "Candle vigil week");
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/campaigns?country=BE")
                .then()
                .statusCode(200)
                .body("items.name", contains("Candle vigil week", "Day of solidarity"))
                .body("items.events", contains(1, 3))
                .body("nextCursor", nullValue());
    }

    @Test
    void theCampaignFilterIgnoresCase() {
        UUID luxembourg = inCampaign("LU", "Luxembourg", "Week of Remembrance");
        UUID esch = inCampaign("LU", "Esch-sur-Alzette", "week of remembrance");
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events?campaign=WEEK OF REMEMBRANCE")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(luxembourg.toString(), esch.toString()));
    }

    @Test
    void campaignsArePaginated() {
        inCampaign("MT", "Valletta", "Alpha march");
        inCampaign("MT", "Mdina", "Beta march");
        String next = given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/campaigns?country=MT&limit=1")
                .then()
                .statusCode(200)
                .body("items.name", contains("Alpha march"))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        given().auth()
                .oauth2(reader())
                .queryParam("cursor", next)
                .when()
                .get("/api/v1/campaigns?country=MT&limit=1")
                .then()
                .statusCode(200)
                .body("items.name", contains("Beta march"))
                .body("nextCursor", nullValue());
    }

    @Test
    void aCursorWhoseTextHoldsANulByteIsA400() {
        // a forged "campaign:" cursor whose key PostgreSQL could not take as text
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("campaign:a\u0000b".getBytes(StandardCharsets.UTF_8));
        given().auth()
                .oauth2(reader())
                .queryParam("cursor", forged)
                .when()
                .get("/api/v1/campaigns")
                .then()
                .statusCode(400)
                .body("errors.field", contains("cursor"));
    }
}
