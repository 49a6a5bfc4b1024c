package org.vigil.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.json is the document the gateway really serves at {@code /api/v1/openapi}: the
 * build lints it ({@code @redocly/cli}, e2e-tests/openapi) and generates the Java client of
 * {@link GeneratedClientIT} from it, so both are proven on what partners get.
 */
class OpenApiDocumentIT extends OnThePlatform {

    /** Where the served document is written, to replace the snapshot with when the API changed. */
    static final Path LIVE = Path.of("target/openapi-live.json");

    @Test
    void theCommittedSnapshotIsTheDocumentTheGatewayServes() throws IOException {
        String served = api.servedDocument();
        // the gateway and Keycloak listen on free ports here: the snapshot names the local defaults
        String port = platform.gateway().substring(platform.gateway().lastIndexOf(':'));
        JsonObject live = new JsonObject(served.replace("http://127.0.0.1" + port, "http://localhost:8080")
                .replace("http://localhost" + port, "http://localhost:8080")
                .replace(platform.keycloak(), "http://localhost:8180"));
        Files.writeString(LIVE, live.encodePrettily() + "\n", StandardCharsets.UTF_8);
        Path snapshot = Path.of(System.getProperty("vigil.root"), "docs/openapi.json");
        JsonObject committed = Files.exists(snapshot)
                ? new JsonObject(Files.readString(snapshot, StandardCharsets.UTF_8))
                : new JsonObject();
        assertEquals(
                committed, live, "docs/openapi.json is not the served document: copy e2e-tests/" + LIVE + " over it");
    }
}
