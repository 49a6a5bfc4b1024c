package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubernetes.client.openapi.models.V1Deployment;
import org.junit.jupiter.api.Test;

/** The parser the other tests rely on catches what a hand-edited manifest typically gets wrong. */
class ManifestsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gateway
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: gateway
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: gateway
                spec:
                  containers:
                    - name: gateway
                      image: vigil/gateway:1.0.0
            """;

    @Test
    void parsesAManifestIntoTypedObjects() {
        Manifests manifests = Manifests.parse(DEPLOYMENT);

        assertEquals(
                "vigil/gateway:1.0.0",
                manifests
                        .named(V1Deployment.class, "gateway")
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getImage());
    }

    @Test
    void rejectsAnUnknownField() {
        String misspelt =
                DEPLOYMENT.replace("      image:", "      imagePullPolice: Always\n                      image:");

        assertThrows(AssertionError.class, () -> Manifests.parse(misspelt));
    }

    @Test
    void rejectsAValueOfTheWrongType() {
        String wrongType = DEPLOYMENT.replace("spec:\n  selector:", "spec:\n  replicas: two\n  selector:");

        assertThrows(AssertionError.class, () -> Manifests.parse(wrongType));
    }

    @Test
    void rejectsAnUnknownKind() {
        assertThrows(
                AssertionError.class,
                () -> Manifests.parse("apiVersion: example.org/v1\nkind: Widget\nmetadata:\n  name: w\n"));
    }

    @Test
    void recognisesTheNamesKustomizeGivesGeneratedObjects() {
        assertEquals("vigil-config", Manifests.generatedName("vigil-config-8g9tk979kc"));
        assertEquals("vigil-db-moderation", Manifests.generatedName("vigil-db-moderation"));
    }
}
