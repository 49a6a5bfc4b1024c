package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class OpenApiTest {

    @Test
    void servesTheServicesPathsAsOneDocument() {
        JsonPath document = fetch();

        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths, hasKey("/api/v1/events"));
        assertThat(paths, hasKey("/api/v1/sources"));
        assertThat(paths, hasKey("/api/v1/events/{id}/merge"));
        assertThat(document.getString("info.title"), equalTo("Vigil API"));
        assertThat(document.getMap("components.schemas"), hasKey("Report"));
    }

    @Test
    void leavesOutPathsTheGatewayDoesNotRouteToTheirService() {
        Map<String, Object> paths = fetch().getMap("paths");

        assertThat(paths, not(hasKey("/q/health")));
        assertThat(paths, not(hasKey("/api/v1/reports")));
        assertThat(paths.get("/api/v1/events").toString(), equalTo("{get={summary=/api/v1/events}}"));
    }

    @Test
    void leavesOutTheServicesInternalAddresses() {
        assertThat(fetch().getList("servers.url"), equalTo(List.of("/")));
    }

    @Test
    void fetchesTheServicesDocumentsWithTheGatewaysToken() {
        fetch();

        assertThat(UpstreamStandIns.sources().openApiAuthorization(), startsWith("Bearer ey"));
    }

    @Test
    void servesSwaggerUiFromTheGatewayItself() {
        String page = given().redirects()
                .follow(true)
                .when()
                .get("/api/v1/docs/index.html")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(page, containsString("swagger-ui"));
        assertThat(page, not(containsString("src=\"http")));
        assertThat(page, not(containsString("href=\"http")));
    }

    @Test
    void theGatewaysOwnDocumentDescribesItsOperations() {
        JsonPath document = given().accept("application/json")
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(document.getMap("paths"), hasKey("/api/v1/openapi"));
    }

    private static JsonPath fetch() {
        return given().when()
                .get("/api/v1/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
    }
}
