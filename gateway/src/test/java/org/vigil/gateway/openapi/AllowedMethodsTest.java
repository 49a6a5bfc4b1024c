package org.vigil.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    private static final JsonObject DOCUMENT = new JsonObject()
            .put(
                    "paths",
                    new JsonObject()
                            .put("/api/v1/events", new JsonObject().put("get", new JsonObject()))
                            .put(
                                    "/api/v1/webhooks/{id}",
                                    new JsonObject()
                                            .put("put", new JsonObject())
                                            .put("delete", new JsonObject())
                                            .put("parameters", new JsonObject()))
                            .put("/api/v1/webhooks/mine", new JsonObject().put("get", new JsonObject())));

    @Test
    void aPathWithGetAllowsHeadToo() {
        assertThat(AllowedMethods.of(DOCUMENT, "/api/v1/events"), equalTo(Optional.of("GET, HEAD")));
    }

    @Test
    void aTemplatedPathAllowsItsOperationsOnly() {
        assertThat(AllowedMethods.of(DOCUMENT, "/api/v1/webhooks/w1"), equalTo(Optional.of("PUT, DELETE")));
    }

    @Test
    void aLiteralSegmentWinsOverATemplate() {
        assertThat(AllowedMethods.of(DOCUMENT, "/api/v1/webhooks/mine"), equalTo(Optional.of("GET, HEAD")));
    }

    @Test
    void anUndescribedPathAllowsNothingKnown() {
        assertThat(AllowedMethods.of(DOCUMENT, "/api/v1/nothing/here"), equalTo(Optional.empty()));
    }
}
