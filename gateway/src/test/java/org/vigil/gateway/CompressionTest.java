package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/** JSON, CSV, GeoJSON and the web app's scripts and styles leave the gateway gzipped; pages never. */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class CompressionTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void jsonIsGzippedForAClientThatAcceptsIt() {
        given().config(RAW)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void csvIsGzippedForAClientThatAcceptsIt() {
        given().config(RAW)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/api/v1/events.csv")
                .then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void jsonIsPlainForAClientThatDoesNotAcceptGzip() {
        given().config(RAW)
                .header("Accept-Encoding", "identity")
                .when()
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void theWebAppsStylesheetsAndScriptsAreGzipped() {
        for (String asset : new String[] {"/assets/typed/app.css", "/assets/typed/map.js"}) {
            given().config(RAW)
                    .header("Accept-Encoding", "gzip")
                    .when()
                    .get(asset)
                    .then()
                    .statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"));
        }
    }

    @Test
    void aPageIsNeverGzippedSoItsSizeCannotLeakItsCsrfToken() {
        given().config(RAW)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/typed/page")
                .then()
                .statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
    }
}
