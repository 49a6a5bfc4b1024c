package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Incidents with no place on a map (phishing, threats by message, the rewriting of an article):
 * listed, filtered by scope and target, counted in their own bucket, exported.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class IncidentsTest {

    private static ValidatableResponse get(String path, String... params) {
        var request = given().auth().oauth2(reader());
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get(path).then().statusCode(200);
    }

    @Test
    void anOnlineIncidentIsPublicWithItsScopeAndTargets() {
        UUID phishing =
                published(scoped("threat", "online", "2026-01", "Phishing of diaspora journalists", "GB", "DE"));
        get("/api/v1/events/" + phishing)
                .body("place.scope", equalTo("online"))
                .body("place.targets", contains("GB", "DE"))
                .body("place.countryCode", nullValue());
    }

    @Test
    void theScopeFilterFindsOnlineIncidents() {
        UUID threats = published(scoped("threat", "online", "2026-01-24", "Death threats by message", "NO"));
        get("/api/v1/events", "scope", "online", "limit", "200").body("items.id", hasItem(threats.toString()));
    }

    @Test
    void theCountryFilterIsWhereAnEventHappenedAndLeavesOutIncidentsThatOnlyTargetIt() {
        UUID rewrite = published(scoped("threat", "transnational", "2026-02", "Sanitising of an article", "FI"));
        get("/api/v1/events", "country", "FI").body("items.id", not(hasItem(rewrite.toString())));
    }

    @Test
    void theTargetFilterFindsIncidentsTargetingACountry() {
        UUID rewrite = published(scoped("threat", "transnational", "2026-02", "Sanitising of an article", "IS"));
        get("/api/v1/events", "target", "IS").body("items.id", contains(rewrite.toString()));
    }

    @Test
    void byCountryAnIncidentWithNoPlaceOnAMapIsCountedUnderItsScope() {
        published(scoped("threat", "transnational", "2026-01", "Phishing", "LU"));
        published(existence("LU", "Luxembourg", "2026-01-17"));
        get("/api/v1/stats/counts", "groupBy", "country", "kind", "threat", "scope", "transnational")
                .body("groups.key", contains("transnational"));
    }

    @Test
    void anIncidentWithNoPlaceOnAMapIsNotACountry() {
        // a kind and a day no other test uses: the summary below has no country filter
        published(scoped("petition", "online", "2029-03-02", "An online petition", "MT"));
        published(existence("MT", "Valletta", "2029-03-02").put("kind", "petition"));
        get("/api/v1/stats/summary", "kind", "petition", "from", "2029-03-02", "to", "2029-03-02")
                .body("events", equalTo(2))
                .body("countries", equalTo(1));
    }

    @Test
    void anUnknownScopeIsRefused() {
        given().auth()
                .oauth2(reader())
                .queryParam("scope", "cyberspace")
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(400);
    }

    @Test
    void theGeoJsonOfAnOnlineIncidentHasNoGeometry() {
        UUID phishing = published(scoped("threat", "online", "2026-01", "Phishing", "CY"));
        given().auth()
                .oauth2(reader())
                .queryParam("target", "CY")
                .when()
                .get("/api/v1/events.geojson")
                .then()
                .statusCode(200)
                .body("features[0].id", equalTo(phishing.toString()))
                .body("features[0].geometry", nullValue());
    }
}
