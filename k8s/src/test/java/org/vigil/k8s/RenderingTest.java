package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1Namespace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderingTest {

    /** Objects that live outside any namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void rendersToValidKubernetesObjects(Rendering rendering) {
        assertFalse(rendering.manifests().all().isEmpty(), rendering + " renders nothing");
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void putsEveryObjectInTheVigilNamespace(Rendering rendering) {
        List<String> elsewhere = rendering.manifests().all().stream()
                .filter(o -> !CLUSTER_SCOPED.contains(o.getKind()))
                .filter(o -> !"vigil".equals(o.getMetadata().getNamespace()))
                .map(RenderingTest::describe)
                .toList();
        assertEquals(List.of(), elsewhere, "objects outside namespace vigil");
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void declaresTheVigilNamespaceUnderTheRestrictedPodSecurityStandard(Rendering rendering) {
        V1Namespace namespace = rendering.manifests().named(V1Namespace.class, "vigil");
        Map<String, String> labels = namespace.getMetadata().getLabels();
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/enforce"));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void labelsEveryObjectAsPartOfVigil(Rendering rendering) {
        List<String> unlabelled = rendering.manifests().all().stream()
                .filter(o -> o.getMetadata().getLabels() == null
                        || !"vigil".equals(o.getMetadata().getLabels().get("app.kubernetes.io/part-of")))
                .map(RenderingTest::describe)
                .toList();
        assertTrue(unlabelled.isEmpty(), "not labelled app.kubernetes.io/part-of=vigil: " + unlabelled);
    }

    static String describe(KubernetesObject object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
