package org.vigil.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.existence;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.submit;
import static org.vigil.moderation.ReportBatchTest.array;
import static org.vigil.moderation.ReportBatchTest.batch;
import static org.vigil.moderation.ReportBatchTest.reportsBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * A citation naming a source by {@code sourceId} is checked against sources-service (stood in by
 * {@link SourcesStandIn}) when the report arrives: an unregistered source or version is a 400
 * naming the citation, and nothing is stored; when sources-service cannot answer, 503 with
 * {@code Retry-After} (docs/decisions/0007-known-sources-at-report-time.md).
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(SourcesStandIn.class)
class CitedSourcesTest {

    private static String rallyCiting(UUID sourceId, Integer version) {
        return "{\"claims\": [{\"property\": \"existence\", \"value\": "
                + existence("rally", "2026-02-14", "DE", "Bremen", 53.08, 8.8)
                + ", \"citations\": [{\"sourceId\": \"" + sourceId + "\""
                + (version == null ? "" : ", \"sourceVersion\": " + version)
                + ", \"exact\": \"a rally in Bremen\"}]}]}";
    }

    private static String contributorNamed(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void aCitationOfAnUnregisteredSourceIs400NamingItAndStoresNothing() {
        String name = contributorNamed("unregistered");

        submit(contributor(name), rallyCiting(UUID.randomUUID(), null))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://vigil.example/problems/invalid-input"))
                .body("errors[0].field", equalTo("claims[0].citations[0].sourceId"))
                .body("errors[0].message", containsString("no source with this id is registered"));
        assertEquals(0, reportsBy(name));
    }

    @Test
    void aCitationOfARegisteredSourceIsAccepted() {
        UUID source = SourcesStandIn.registered();

        submit(contributor(contributorNamed("registered")), rallyCiting(source, null))
                .statusCode(202);
        assertEquals(1, SourcesStandIn.questionsAbout(source));
    }

    @Test
    void aSourceConfirmedOnceIsNotAskedAboutAgain() {
        UUID source = SourcesStandIn.registered();
        String author = contributor(contributorNamed("twice"));

        submit(author, rallyCiting(source, null)).statusCode(202);
        submit(author, rallyCiting(source, 1)).statusCode(202);

        assertEquals(1, SourcesStandIn.questionsAbout(source));
    }

    @Test
    void aVersionTheSourceDoesNotHaveIs400NamingIt() {
        UUID source = SourcesStandIn.registered(2);

        submit(contributor(contributorNamed("version")), rallyCiting(source, 3))
                .statusCode(400)
                .body("errors[0].field", equalTo("claims[0].citations[0].sourceVersion"))
                .body("errors[0].message", containsString("its newest is 2"));
    }

    @Test
    void aVersionNewerThanTheOneRememberedIsAskedAboutAgain() {
        UUID source = SourcesStandIn.registered();
        String author = contributor(contributorNamed("newer"));
        submit(author, rallyCiting(source, 1)).statusCode(202);

        SourcesStandIn.addVersion(source);

        submit(author, rallyCiting(source, 2)).statusCode(202);
        assertEquals(2, SourcesStandIn.questionsAbout(source));
    }

    @Test
    void sourcesServiceFailingIs503WithRetryAfterAndStoresNothing() {
        String name = contributorNamed("failing");
        SourcesStandIn.answerWith(503);
        try {
            submit(contributor(name), rallyCiting(SourcesStandIn.registered(), null))
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("https://vigil.example/problems/service-unavailable"));
        } finally {
            SourcesStandIn.answerWith(0);
        }
        assertEquals(0, reportsBy(name));
    }

    @Test
    void sourcesServiceNotAnsweringIs503AfterTwoSeconds() {
        SourcesStandIn.hang(true);
        try {
            submit(contributor(contributorNamed("hanging")), rallyCiting(SourcesStandIn.registered(), null))
                    .time(lessThan(8_000L))
                    .statusCode(503)
                    .header("Retry-After", equalTo("5"));
        } finally {
            SourcesStandIn.hang(false);
        }
    }

    @Test
    void aReportCarryingItsSourcesInlineAsksNothingAndIsAcceptedWhileSourcesServiceFails() {
        SourcesStandIn.answerWith(500);
        try {
            submit(contributor(contributorNamed("inline")), munichReport()).statusCode(202);
        } finally {
            SourcesStandIn.answerWith(0);
        }
    }

    @Test
    void aBatchRefusesTheReportCitingAnUnregisteredSourceAndAcceptsTheOthers() {
        String name = contributorNamed("batch-sources");

        batch(
                        contributor(name),
                        ContentType.JSON.toString(),
                        array(rallyCiting(SourcesStandIn.registered(), null), rallyCiting(UUID.randomUUID(), null)))
                .statusCode(200)
                .body("items.status", equalTo(List.of(202, 400)))
                .body("items[1].problem.errors[0].field", equalTo("claims[0].citations[0].sourceId"));
        assertEquals(1, reportsBy(name));
    }

    @Test
    void aBatchIsRefusedWholeWith503WhenItsSourcesCannotBeChecked() {
        String name = contributorNamed("batch-failing");
        SourcesStandIn.answerWith(502);
        try {
            batch(
                            contributor(name),
                            ContentType.JSON.toString(),
                            array(munichReport(), rallyCiting(UUID.randomUUID(), null)))
                    .statusCode(503)
                    .header("Retry-After", equalTo("5"));
        } finally {
            SourcesStandIn.answerWith(0);
        }
        assertEquals(0, reportsBy(name));
    }

    @Test
    void aRevisionCitingAnUnregisteredSourceIs400AndLeavesTheClaimAsItWas() {
        String author = contributor(contributorNamed("revision"));
        Fixtures.Submitted report = Fixtures.submitted(author, rallyCiting(SourcesStandIn.registered(), null));

        given().auth()
                .oauth2(author)
                .contentType(ContentType.JSON)
                .body("{\"value\": " + existence("rally", "2026-02-15", "DE", "Bremen", 53.08, 8.8)
                        + ", \"citations\": [{\"sourceId\": \"" + UUID.randomUUID()
                        + "\", \"exact\": \"a rally in Bremen\"}]}")
                .put("/api/v1/claims/" + report.claim(0))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("citations[0].sourceId"));
        Fixtures.claimAsModerator(report.claim(0)).body("revision", equalTo(1));
    }
}
