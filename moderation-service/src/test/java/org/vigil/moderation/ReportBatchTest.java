package org.vigil.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.newEvent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestIdentityProvider;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ReportBatchTest {

    static final String NDJSON = "application/x-ndjson";

    static ValidatableResponse batch(String token, String contentType, String body) {
        return given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs(NDJSON, ContentType.TEXT)))
                .auth()
                .oauth2(token)
                .contentType(contentType)
                .body(body)
                .when()
                .post("/api/v1/reports/batch")
                .then();
    }

    static String array(String... reports) {
        return "[" + String.join(",", reports) + "]";
    }

    static String lines(String... reports) {
        return String.join(
                        "\n",
                        List.of(reports).stream().map(r -> r.replace("\n", " ")).toList()) + "\n";
    }

    static long reportsBy(String name) {
        return Database.number("select count(*) from report where submitter = ?", "user-" + name);
    }

    static String rally(String city) {
        return newEvent("rally", "2026-02-14", "DE", city, 50.0, 8.0);
    }

    @Test
    void eachReportOfABatchIsAcceptedWithTheAnswerOfASingleSubmissionInOrder() {
        String name = "batch-" + UUID.randomUUID();
        batch(contributor(name), ContentType.JSON.toString(), array(munichReport(), rally("Hamburg"), rally("Cologne")))
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("accepted", equalTo(3))
                .body("refused", equalTo(0))
                .body("items.index", equalTo(List.of(0, 1, 2)))
                .body("items.status", equalTo(List.of(202, 202, 202)))
                .body("items[0].report.id", notNullValue())
                .body("items[0].report.eventId", notNullValue())
                .body("items[0].report.status", equalTo("pending"))
                .body("items[0].report.claims.property", equalTo(List.of("existence", "attendance")))
                .body("items[1].problem", nullValue());
        assertEquals(3, reportsBy(name));
    }

    @Test
    void aBadReportIsRefusedWithItsProblemAndTheOthersAreAcceptedAllTheSame() {
        String name = "batch-" + UUID.randomUUID();
        String noClaims = "{\"claims\": []}";
        String unknownEvent = Fixtures.about(UUID.randomUUID(), Fixtures.claim("attendance", Fixtures.attendance(300)));
        String unknownProperty = rally("Bonn").replace("\"existence\"", "\"crowd\"");
        batch(
                        contributor(name),
                        ContentType.JSON.toString(),
                        array(rally("Munich"), noClaims, unknownEvent, unknownProperty, rally("Berlin")))
                .statusCode(200)
                .body("accepted", equalTo(2))
                .body("refused", equalTo(3))
                .body("items.status", equalTo(List.of(202, 400, 400, 400, 202)))
                .body("items[1].problem.type", equalTo("https://vigil.example/problems/invalid-input"))
                .body("items[1].problem.errors.field", hasItem("claims"))
                .body("items[2].problem.errors.field", hasItem("eventId"))
                .body("items[3].problem.errors.field", hasItem("claims[0].property"))
                .body("items[1].report", nullValue());
        assertEquals(2, reportsBy(name), "a refused report stores nothing");
    }

    @Test
    void aBatchWithoutOneReadableReportIsAnsweredItemByItemAndStoresNothing() {
        String name = "batch-" + UUID.randomUUID();
        batch(contributor(name), ContentType.JSON.toString(), "[\"\\uffff\", 9.79e23]")
                .statusCode(200)
                .body("accepted", equalTo(0))
                .body("items.status", equalTo(List.of(400, 400)));
        assertEquals(0, reportsBy(name));
    }

    @Test
    void ndjsonIsReadLineByLineAndAnUnreadableLineIsRefusedAlone() {
        String name = "batch-" + UUID.randomUUID();
        batch(contributor(name), NDJSON, lines(rally("Leipzig"), "{\"claims\": [", "", rally("Dresden")))
                .statusCode(200)
                .body("items.index", equalTo(List.of(0, 1, 2)))
                .body("items.status", equalTo(List.of(202, 400, 202)))
                .body("items[1].problem.title", notNullValue());
        assertEquals(2, reportsBy(name));
    }

    @Test
    void eachAcceptedReportIsAnnouncedThroughTheOutboxLikeASingleOne() {
        List<String> ids = batch(
                        contributor("batch-outbox"),
                        ContentType.JSON.toString(),
                        array(rally("Essen"), rally("Bremen")))
                .statusCode(200)
                .extract()
                .path("items.report.id");
        for (String id : ids) {
            assertEquals(
                    1,
                    Database.number(
                            "select count(*) from outbox_message where type = 'ReportSubmitted' and aggregate_id = ?",
                            id));
        }
    }

    @Test
    void moreThanAThousandReportsAreRefusedAsAWholeAndChangeNothing() {
        String name = "batch-" + UUID.randomUUID();
        String tooMany = array(Collections.nCopies(1001, rally("Kiel")).toArray(String[]::new));
        batch(contributor(name), ContentType.JSON.toString(), tooMany)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
        assertEquals(0, reportsBy(name));
    }

    @Test
    void aBodyThatIsNotAnArrayIsA400() {
        batch(contributor("batch-object"), ContentType.JSON.toString(), munichReport())
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anEmptyBatchIsA400() {
        batch(contributor("batch-empty"), ContentType.JSON.toString(), "[]").statusCode(400);
    }

    @Test
    void aReaderWithoutTheContributorRoleCannotSendABatch() {
        batch(TestIdentityProvider.start().userToken("reader"), ContentType.JSON.toString(), array(rally("Mainz")))
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aPartnerWithTheReportsWriteScopeCanSendABatch() {
        batch(
                        TestIdentityProvider.start().clientToken("partner-batch", Set.of("reports:write")),
                        NDJSON,
                        lines(rally("Ulm")))
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo(202));
    }
}
