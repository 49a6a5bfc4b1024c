package org.vigil.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.submit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.BrokerClient;
import org.vigil.testing.OidcTestResource;
import org.vigil.testing.TestIdentityProvider;

@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class ReportSubmissionTest {

    @Test
    void aReportIsAcceptedWithTheIdsOfReportEventAndClaims() {
        submit(contributor("contributor1"), munichReport())
                .statusCode(202)
                .body("id", notNullValue())
                .body("eventId", notNullValue())
                .body("status", equalTo("pending"))
                .body("claims", hasSize(2))
                .body("claims.property", equalTo(List.of("existence", "attendance")))
                .body("claims.status", equalTo(List.of("pending", "pending")));
    }

    @Test
    void anAcceptedReportIsAnnouncedToTheEvidenceStoreWithoutItsSubmitter() {
        String reportId = submit(contributor("contributor-announce"), munichReport())
                .statusCode(202)
                .extract()
                .path("id");
        String queue = Topology.REPORT_SUBMITTED.fullyQualifiedQueueFor("sources");
        try (BrokerClient broker = new BrokerClient(ArtemisTestResource.broker().port())) {
            JsonObject ours = broker.awaitMessage(
                            queue,
                            e -> reportId.equals(e.getJsonObject("payload").getString("reportId")),
                            Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("ReportSubmitted not announced"));
            assertEquals("ReportSubmitted", ours.getString("type"));
            assertEquals(2, ours.getJsonObject("payload").getJsonArray("claims").size());
            assertFalse(ours.encode().contains("contributor-announce"), "the submitter must not travel");
        }
    }

    @Test
    void withoutATokenTheServiceAnswers401() {
        given().contentType(ContentType.JSON)
                .body(munichReport())
                .when()
                .post("/api/v1/reports")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        submit(TestIdentityProvider.start().tokenForAnotherAudience("contributor1", "contributor"), munichReport())
                .statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        submit(TestIdentityProvider.start().expiredToken("contributor1", "contributor"), munichReport())
                .statusCode(401);
    }

    @Test
    void aReaderWithoutTheContributorRoleCannotSubmit() {
        submit(TestIdentityProvider.start().userToken("reader"), munichReport())
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aPartnerWithTheReportsWriteScopeCanSubmit() {
        submit(
                        TestIdentityProvider.start().clientToken("partner-demo", java.util.Set.of("reports:write")),
                        munichReport())
                .statusCode(202);
    }

    @Test
    void malformedJsonIsA400Problem() {
        submit(contributor("contributor1"), "{\"claims\": [")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue());
    }

    @Test
    void aReportWithoutClaimsIsA400NamingTheField() {
        submit(contributor("contributor1"), "{\"note\": \"x\", \"claims\": []}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("claims"));
    }

    @Test
    void anUnknownPropertyIsA400NamingTheField() {
        submit(contributor("contributor1"), munichReport().replace("\"attendance\"", "\"crowd\""))
                .statusCode(400)
                .body("errors.field", hasItem("claims[1].property"));
    }

    @Test
    void aNonWebUrlIsA400NamingTheField() {
        submit(
                        contributor("contributor1"),
                        munichReport()
                                .replace(
                                        "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests?utm_source=x",
                                        "javascript:alert(1)"))
                .statusCode(400)
                .body("errors.field", hasItem("claims[0].citations[0].source.url"))
                .body("detail", containsString("http"));
    }
}
