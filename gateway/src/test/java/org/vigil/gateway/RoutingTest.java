package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.vigil.gateway.ProblemSpec.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class RoutingTest {

    @ParameterizedTest(name = "{0} {1} goes to {2}, path unchanged")
    @CsvSource({
        "GET,    /api/v1/events,                 events",
        "GET,    /api/v1/events/e1,              events",
        "GET,    /api/v1/events/e1/history,      events",
        "GET,    /api/v1/events.geojson,         events",
        "GET,    /api/v1/stats/summary,          events",
        "GET,    /api/v1/stats/counts,           events",
        "GET,    /api/v1/changes,                events",
        "POST,   /api/v1/webhooks,               events",
        "DELETE, /api/v1/webhooks/w1,            events",
        "POST,   /api/v1/events/e1/merge,        moderation",
        "POST,   /api/v1/reports,                moderation",
        "GET,    /api/v1/reports/mine,           moderation",
        "POST,   /api/v1/reports/r1/withdraw,    moderation",
        "GET,    /api/v1/moderation/queue,       moderation",
        "GET,    /api/v1/claims/c1,              moderation",
        "POST,   /api/v1/claims/c1/decisions,    moderation",
        "PUT,    /api/v1/claims/c1,              moderation",
        "GET,    /api/v1/audit,                  moderation",
        "GET,    /api/v1/audit/verify,           moderation",
        "POST,   /api/v1/sources,                sources",
        "GET,    /api/v1/sources/s1,             sources",
        "PUT,    /api/v1/publishers/p1,          sources",
    })
    void routesEachPathPrefixToItsService(String method, String path, String service) {
        RequestSpecification request = given().header("Authorization", Callers.allowedEverything());
        if (!method.equals("GET")) {
            request.contentType("application/json").body("{}");
        }
        request.when()
                .request(method, path)
                .then()
                .statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo(method))
                .body("path", equalTo(path));
    }

    @Test
    void aServicesMethodNotAllowedGainsTheAllowedMethods() {
        given().header("Authorization", Callers.allowedEverything())
                .when()
                .delete("/api/v1/events")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD"));
    }

    @Test
    void forwardsTheQueryStringUnchanged() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/events?country=DE&from=2026-01-11&q=M%C3%BCnchen&limit=5")
                .then()
                .statusCode(200)
                .body("path", equalTo("/api/v1/events?country=DE&from=2026-01-11&q=M%C3%BCnchen&limit=5"));
    }

    @Test
    void streamsCsvExportsFromTheEventsService() {
        given().when()
                .get("/api/v1/events.csv?bytes=2048")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .body(hasLength(2048));
    }

    @Test
    void answersAnApiPathNoServiceServesWith404Problem() {
        given().header("Authorization", Callers.allowedEverything())
                .when()
                .get("/api/v1/nothing-here")
                .then()
                .spec(problem(404, "not-found"))
                .body("status", equalTo(404));
    }
}
