package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1IngressTLS;
import io.kubernetes.client.openapi.models.V1Service;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Only the gateway is reachable from outside the cluster (docs/product.md §7), and only over TLS. */
class ExposureTest {

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void onlyTheGatewayIsExposedByAnIngress(Rendering rendering) {
        Set<String> backends = ingresses(rendering).stream()
                .flatMap(ingress -> Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of()).stream())
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService().getName())
                .collect(Collectors.toSet());

        assertEquals(Set.of("gateway"), backends);
        ingresses(rendering)
                .forEach(ingress -> assertEquals(
                        null,
                        ingress.getSpec().getDefaultBackend(),
                        ingress.getMetadata().getName() + " has a default backend"));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theGatewayIngressTargetsTheGatewaysHttpPort(Rendering rendering) {
        V1HTTPIngressPath path = gatewayIngress(rendering)
                .getSpec()
                .getRules()
                .get(0)
                .getHttp()
                .getPaths()
                .get(0);
        assertEquals("/", path.getPath());
        assertEquals("http", path.getBackend().getService().getPort().getName());
        V1Service gateway = rendering.manifests().named(V1Service.class, "gateway");
        assertEquals(8080, gateway.getSpec().getPorts().get(0).getPort());
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theIngressServesEveryHostOverTlsOnly(Rendering rendering) {
        V1Ingress ingress = gatewayIngress(rendering);
        Set<String> hosts = ingress.getSpec().getRules().stream()
                .map(V1IngressRule::getHost)
                .collect(Collectors.toSet());
        Set<String> tlsHosts = ingress.getSpec().getTls().stream()
                .flatMap(tls -> tls.getHosts().stream())
                .collect(Collectors.toSet());

        assertEquals(hosts, tlsHosts);
        ingress.getSpec().getTls().stream()
                .map(V1IngressTLS::getSecretName)
                .forEach(secret ->
                        assertTrue(secret != null && !secret.isBlank(), "a TLS entry without a certificate Secret"));
        assertEquals("true", annotation(ingress, "nginx.ingress.kubernetes.io/force-ssl-redirect"));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theIngressLimitsTheRequestBodySize(Rendering rendering) {
        String limit = annotation(gatewayIngress(rendering), "nginx.ingress.kubernetes.io/proxy-body-size");
        assertNotNull(limit, "no body size limit");
        assertTrue(limit.matches("[1-9][0-9]*[km]"), "a bounded size in k or m, not " + limit);
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void noServiceIsANodePortOrALoadBalancer(Rendering rendering) {
        List<String> exposed = rendering.manifests().all(V1Service.class).stream()
                .filter(service -> !"ClusterIP"
                        .equals(Optional.ofNullable(service.getSpec().getType()).orElse("ClusterIP")))
                .map(service -> service.getMetadata().getName() + " ("
                        + service.getSpec().getType() + ")")
                .toList();
        assertEquals(List.of(), exposed);
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void keycloakIssuesTokensForTheIngressHost(Rendering rendering) {
        String publicUrl =
                rendering.manifests().configMap("vigil-config").getData().get("KEYCLOAK_PUBLIC_URL");
        URI keycloak = URI.create(publicUrl);

        assertEquals("https", keycloak.getScheme());
        assertEquals(gatewayIngress(rendering).getSpec().getRules().get(0).getHost(), keycloak.getHost());
    }

    private static List<V1Ingress> ingresses(Rendering rendering) {
        return rendering.manifests().all(V1Ingress.class);
    }

    private static V1Ingress gatewayIngress(Rendering rendering) {
        return rendering.manifests().named(V1Ingress.class, "gateway");
    }

    private static String annotation(V1Ingress ingress, String name) {
        return Optional.ofNullable(ingress.getMetadata().getAnnotations())
                .map(a -> a.get(name))
                .orElse(null);
    }
}
