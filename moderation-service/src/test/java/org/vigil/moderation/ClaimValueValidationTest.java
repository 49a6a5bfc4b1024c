package org.vigil.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.submit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Claim values are checked by the shared claim rules at submission: 400 naming the field, nothing stored. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ClaimValueValidationTest {

    @Test
    void anUnknownCountryCodeIsNamed() {
        submit(
                        contributor("contributor-values-1"),
                        munichReport().replace("\"countryCode\": \"DE\"", "\"countryCode\": \"XX\""))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("claims[0].value.place.countryCode"));
    }

    @Test
    void anUnknownKindIsNamed() {
        submit(
                        contributor("contributor-values-2"),
                        munichReport().replace("\"kind\": \"rally\"", "\"kind\": \"picnic\""))
                .statusCode(400)
                .body("errors.field", hasItem("claims[0].value.kind"));
    }

    @Test
    void anInvalidEdtfDateIsNamed() {
        submit(contributor("contributor-values-3"), munichReport().replace("\"2026-02-14\"", "\"2026-02-30\""))
                .statusCode(400)
                .body("errors.field", hasItem("claims[0].value.date"));
    }

    @Test
    void aLatitudeOutOfRangeIsNamed() {
        submit(contributor("contributor-values-4"), munichReport().replace("\"lat\": 48.137", "\"lat\": 148.137"))
                .statusCode(400)
                .body("errors.field", hasItem("claims[0].value.place.lat"));
    }

    @Test
    void aFigureWithTheWrongBoundsIsNamed() {
        submit(
                        contributor("contributor-values-5"),
                        munichReport().replace("\"qualifier\": \"over\"", "\"qualifier\": \"under\""))
                .statusCode(400)
                .body("errors.field", hasItem("claims[1].value.high"));
    }

    @Test
    void aRefusedReportStoresNothing() {
        String author = contributor("contributor-values-6");
        submit(author, munichReport().replace("\"countryCode\": \"DE\"", "\"countryCode\": \"de\""))
                .statusCode(400);

        get(author, "/api/v1/reports/mine")
                .statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", equalTo(null));
    }
}
