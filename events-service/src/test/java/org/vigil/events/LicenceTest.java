package org.vigil.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.identity.Scopes;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Every public answer names the data's licence (CC BY 4.0 unless configured otherwise). */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class LicenceTest {

    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    static final String LINK = "<" + LICENCE + ">; rel=\"license\"";

    private static UUID event;

    @BeforeEach
    void anEventInFiji() {
        if (event == null) {
            event = published(existence("FJ", "Suva", "2026-02-03"));
        }
    }

    private static List<String> links(String path, String accept) {
        return given().auth()
                .oauth2(partner(Scopes.EVENTS_READ))
                .accept(accept)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .headers()
                .getValues("Link");
    }

    @Test
    void everyReadOfThePublicRecordSendsALicenceLink() {
        for (String path : List.of(
                "/api/v1/events?country=FJ",
                "/api/v1/events/" + event,
                "/api/v1/events/" + event + "/history",
                "/api/v1/changes",
                "/api/v1/stats/summary")) {
            assertThat(path, links(path, "application/json"), hasItem(LINK));
        }
    }

    @Test
    void theExportsSendALicenceLink() {
        assertThat(links("/api/v1/events.csv?country=FJ", "text/csv"), hasItem(LINK));
        assertThat(links("/api/v1/events.geojson?country=FJ", "application/geo+json"), hasItem(LINK));
    }

    @Test
    void theGeoJsonExportNamesTheLicence() {
        given().auth()
                .oauth2(reader())
                .when()
                .get("/api/v1/events.geojson?country=FJ")
                .then()
                .statusCode(200)
                .body("license", equalTo(LICENCE));
    }

    @Test
    void anEventsJsonLdNamesTheLicence() {
        given().auth()
                .oauth2(reader())
                .accept("application/ld+json")
                .when()
                .get("/api/v1/events/" + event)
                .then()
                .statusCode(200)
                .body("license", equalTo(LICENCE));
    }

    @Test
    void aPartnersWebhookSettingsAreNotTheRecordAndNameNoLicence() {
        assertThat(
                given().auth()
                        .oauth2(Webhooks.manager())
                        .when()
                        .get("/api/v1/webhooks")
                        .then()
                        .statusCode(200)
                        .extract()
                        .headers()
                        .getValues("Link"),
                not(hasItem(LINK)));
    }
}
