package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.vigil.gateway.ProblemSpec.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** The role and scope rules of docs/product.md §5, enforced before anything is forwarded. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class AuthorizationTest {

    @Test
    void contributorGets403ProblemOnTheQueue() {
        expectForbidden(get(Callers.person("contributor"), "/api/v1/moderation/queue"));
    }

    @Test
    void moderatorMaySeeTheQueue() {
        get(Callers.person("moderator"), "/api/v1/moderation/queue").statusCode(200);
    }

    @Test
    void contributorGets403ProblemWhenMergingEvents() {
        expectForbidden(post(Callers.person("contributor"), "/api/v1/events/e1/merge"));
    }

    @Test
    void moderatorMayMergeEvents() {
        post(Callers.person("moderator"), "/api/v1/events/e1/merge").statusCode(200);
    }

    @Test
    void partnerWithoutEventsReadGets403ProblemOnTheChangeFeed() {
        expectForbidden(get(Callers.partner("reports:write"), "/api/v1/changes"));
    }

    @Test
    void partnerWithEventsReadMayReadTheChangeFeed() {
        get(Callers.partner("events:read"), "/api/v1/changes").statusCode(200).body("service", equalTo("events"));
    }

    @Test
    void contributorMaySubmitAReport() {
        post(Callers.person("contributor"), "/api/v1/reports").statusCode(200);
    }

    @Test
    void partnerWithReportsWriteMaySubmitAReport() {
        post(Callers.partner("reports:write"), "/api/v1/reports").statusCode(200);
    }

    @Test
    void moderatorWhoIsAlsoAContributorMaySubmitAReport() {
        post(Callers.person("moderator", "contributor"), "/api/v1/reports").statusCode(200);
    }

    @Test
    void moderatorWithoutTheContributorRoleGets403ProblemWhenSubmittingAReport() {
        expectForbidden(post(Callers.person("moderator"), "/api/v1/reports"));
    }

    @Test
    void partnerWithoutReportsWriteGets403ProblemWhenSubmittingAReport() {
        expectForbidden(post(Callers.partner("events:read"), "/api/v1/reports"));
    }

    @Test
    void contributorMayReviseTheirClaim() {
        given().header("Authorization", Callers.person("contributor"))
                .contentType("application/json")
                .body("{}")
                .when()
                .put("/api/v1/claims/c1")
                .then()
                .statusCode(200)
                .body("service", equalTo("moderation"));
    }

    @Test
    void contributorGets403ProblemWhenDecidingOnAClaim() {
        expectForbidden(post(Callers.person("contributor"), "/api/v1/claims/c1/decisions"));
    }

    @Test
    void contributorMayRegisterASource() {
        post(Callers.person("contributor"), "/api/v1/sources").statusCode(200);
    }

    @Test
    void moderatorGets403ProblemOnTheAuditLog() {
        expectForbidden(get(Callers.person("moderator"), "/api/v1/audit/verify"));
    }

    @Test
    void adminMayVerifyTheAuditLog() {
        get(Callers.person("admin"), "/api/v1/audit/verify").statusCode(200);
    }

    @Test
    void moderatorGets403ProblemWhenRatingAPublisher() {
        expectForbidden(given().header("Authorization", Callers.person("moderator"))
                .contentType("application/json")
                .body("{}")
                .when()
                .put("/api/v1/publishers/p1")
                .then());
    }

    @Test
    void partnerWithoutWebhooksManageGets403ProblemOnWebhooks() {
        expectForbidden(get(Callers.partner("events:read"), "/api/v1/webhooks"));
    }

    @Test
    void partnerWithWebhooksManageMayListWebhooks() {
        get(Callers.partner("webhooks:manage"), "/api/v1/webhooks").statusCode(200);
    }

    private static ValidatableResponse get(String authorization, String path) {
        return given().header("Authorization", authorization).when().get(path).then();
    }

    private static ValidatableResponse post(String authorization, String path) {
        return given().header("Authorization", authorization)
                .contentType("application/json")
                .body("{}")
                .when()
                .post(path)
                .then();
    }

    private static void expectForbidden(ValidatableResponse response) {
        response.spec(problem(403, "forbidden"))
                .body("title", equalTo("Forbidden"))
                .body("status", equalTo(403));
    }
}
