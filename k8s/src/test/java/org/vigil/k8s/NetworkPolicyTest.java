package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.k8s.Manifests.Pod;
import org.vigil.k8s.NetworkPolicies.Endpoint;

/**
 * Default deny, then exactly the flows Vigil needs (network-policies.yaml lists them), for the
 * pods of its workloads and, in production, the pods the operators make (OperatorPods).
 */
class NetworkPolicyTest {

    private static final Endpoint INGRESS_CONTROLLER =
            Endpoint.pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    private static final Endpoint CLUSTER_DNS = Endpoint.pod("kube-system", Map.of("k8s-app", "kube-dns"));
    private static final Endpoint OTHER_NAMESPACE =
            Endpoint.pod("default", Map.of("app.kubernetes.io/name", "gateway"));
    /** TEST-NET-3: stands for any public address. */
    private static final Endpoint INTERNET = Endpoint.address("203.0.113.10");

    private static final List<Endpoint> PRIVATE_ADDRESSES = List.of(
            Endpoint.address("10.0.0.1"),
            Endpoint.address("172.16.0.1"),
            Endpoint.address("192.168.1.1"),
            Endpoint.address("127.0.0.1"),
            Endpoint.address("169.254.169.254"),
            Endpoint.address("100.64.0.1"));

    private static final List<String> SERVICES = List.of("events-service", "sources-service", "moderation-service");
    private static final List<String> TOKEN_VALIDATORS =
            List.of("gateway", "events-service", "sources-service", "moderation-service", "web");

    /** Every connection between Vigil's own pods that the policies allow: "from -> to:port". */
    private static final Set<String> FLOWS_BETWEEN_PODS = Set.of(
            "gateway -> events-service:8080",
            "gateway -> sources-service:8080",
            "gateway -> moderation-service:8080",
            // the services' management ports: the OpenAPI documents the gateway merges
            "gateway -> events-service:9000",
            "gateway -> sources-service:9000",
            "gateway -> moderation-service:9000",
            "gateway -> web:8080",
            "web -> events-service:8080",
            "web -> keycloak:8080",
            "gateway -> keycloak:8080",
            "events-service -> postgres:5432",
            "events-service -> artemis:5673",
            "events-service -> keycloak:8080",
            "sources-service -> postgres:5432",
            "sources-service -> artemis:5673",
            "sources-service -> keycloak:8080",
            "moderation-service -> postgres:5432",
            "moderation-service -> artemis:5673",
            "moderation-service -> keycloak:8080",
            // is a cited source registered? (docs/decisions/0007-known-sources-at-report-time.md)
            "moderation-service -> sources-service:8080",
            "keycloak -> postgres:5432",
            "keycloak -> keycloak:7800",
            "keycloak -> keycloak:57800");

    /** On top of those, between the pods the operators make in production. */
    private static final Set<String> FLOWS_BETWEEN_OPERATORS_PODS =
            Set.of("postgres -> postgres:5432", "artemis -> artemis:61616", "artemis -> artemis:7800");

    /** Pods that reach the internet on 443: partners' webhooks, and the database's backups in production. */
    private static Set<String> reachingTheInternet(Rendering rendering) {
        return rendering == Rendering.PRODUCTION ? Set.of("events-service", "postgres") : Set.of("events-service");
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void aDefaultDenyPolicyCoversEveryPodInBothDirections(Rendering rendering) {
        assertTrue(
                policies(rendering).stream()
                        .anyMatch(policy ->
                                NetworkPolicies.matches(policy.getSpec().getPodSelector(), Map.of())
                                        && policy.getSpec().getPolicyTypes() != null
                                        && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                                        && Optional.ofNullable(policy.getSpec().getIngress())
                                                .orElse(List.of())
                                                .isEmpty()
                                        && Optional.ofNullable(policy.getSpec().getEgress())
                                                .orElse(List.of())
                                                .isEmpty()),
                "no policy selects every pod and denies all ingress and egress");
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theIngressControllerReachesTheGatewayOn8080(Rendering rendering) {
        assertTrue(model(rendering).allow(INGRESS_CONTROLLER, pod(rendering, "gateway"), 8080));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theIngressControllerReachesNothingElse(Rendering rendering) {
        assertEquals(Set.of("gateway:8080"), reachableFrom(rendering, INGRESS_CONTROLLER));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void podsOfOtherNamespacesReachNothing(Rendering rendering) {
        assertEquals(Set.of(), reachableFrom(rendering, OTHER_NAMESPACE));
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theGatewayReachesTheThreeServices(Rendering rendering) {
        for (String service : SERVICES) {
            assertTrue(model(rendering).allow(pod(rendering, "gateway"), pod(rendering, service), 8080), service);
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void theServicesReachPostgresAndArtemis(Rendering rendering) {
        NetworkPolicies model = model(rendering);
        for (String service : SERVICES) {
            assertTrue(
                    model.allow(pod(rendering, service), pod(rendering, "postgres"), 5432), service + " -> postgres");
            assertTrue(model.allow(pod(rendering, service), pod(rendering, "artemis"), 5673), service + " -> artemis");
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everythingThatValidatesTokensReachesKeycloak(Rendering rendering) {
        for (String validator : TOKEN_VALIDATORS) {
            assertTrue(model(rendering).allow(pod(rendering, validator), pod(rendering, "keycloak"), 8080), validator);
        }
    }

    /** Each side holds the line by itself: loosening one policy never opens a flow. */
    @ParameterizedTest
    @EnumSource(Rendering.class)
    void eachPodsEgressAdmitsOnlyTheFlowsVigilNeeds(Rendering rendering) {
        assertOnlyTheNeededFlows(rendering, NetworkPolicies::egressAllows);
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void eachPodsIngressAdmitsOnlyTheFlowsVigilNeeds(Rendering rendering) {
        assertOnlyTheNeededFlows(rendering, NetworkPolicies::ingressAllows);
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void everyPodResolvesNamesThroughClusterDns(Rendering rendering) {
        NetworkPolicies model = model(rendering);
        for (Pod workload : rendering.manifests().pods()) {
            assertTrue(model.allow(pod(workload), CLUSTER_DNS, 53, "UDP"), workload + " over UDP");
            assertTrue(model.allow(pod(workload), CLUSTER_DNS, 53, "TCP"), workload + " over TCP");
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void onlyTheEventsServiceReachesTheInternetForWebhooks(Rendering rendering) {
        NetworkPolicies model = model(rendering);
        for (Pod workload : rendering.manifests().pods()) {
            assertEquals(
                    reachingTheInternet(rendering).contains(workload.name()),
                    model.allow(pod(workload), INTERNET, 443),
                    workload + " -> internet:443");
            assertFalse(model.allow(pod(workload), INTERNET, 80), workload + " -> internet:80");
        }
    }

    @ParameterizedTest
    @EnumSource(Rendering.class)
    void noPodReachesPrivateLoopbackOrLinkLocalAddresses(Rendering rendering) {
        NetworkPolicies model = model(rendering);
        for (Pod workload : rendering.manifests().pods()) {
            for (Endpoint address : PRIVATE_ADDRESSES) {
                assertFalse(model.allow(pod(workload), address, 443), workload + " -> " + address);
            }
        }
    }

    /** The flows between pods that one side of the policies ({@code side}) admits over TCP are exactly those Vigil needs. */
    private static void assertOnlyTheNeededFlows(Rendering rendering, Side side) {
        Set<String> needed = new TreeSet<>(FLOWS_BETWEEN_PODS);
        if (rendering == Rendering.PRODUCTION) {
            needed.addAll(FLOWS_BETWEEN_OPERATORS_PODS);
        }
        Set<String> admitted = flowsBetweenPods(rendering, side);
        Set<String> extra = new TreeSet<>(admitted);
        extra.removeAll(needed);
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(admitted);
        assertTrue(
                extra.isEmpty() && missing.isEmpty(),
                "admitted but not needed: " + extra + "; needed but not admitted: " + missing);
    }

    /** One side of the policies: the sender's egress or the receiver's ingress. */
    private interface Side {
        boolean admits(NetworkPolicies model, Endpoint from, Endpoint to, int port, String protocol);
    }

    private static Set<String> flowsBetweenPods(Rendering rendering, Side side) {
        NetworkPolicies model = model(rendering);
        Set<String> flows = new TreeSet<>();
        for (Pod from : rendering.manifests().pods()) {
            for (Pod to : rendering.manifests().pods()) {
                for (int port : to.ports()) {
                    if (side.admits(model, pod(from), pod(to), port, "TCP")) {
                        flows.add(from.name() + " -> " + to.name() + ":" + port);
                    }
                }
            }
        }
        return flows;
    }

    private static Set<String> reachableFrom(Rendering rendering, Endpoint outsider) {
        NetworkPolicies model = model(rendering);
        Set<String> reachable = new TreeSet<>();
        for (Pod workload : rendering.manifests().pods()) {
            for (int port : workload.ports()) {
                if (model.allow(outsider, pod(workload), port)) {
                    reachable.add(workload.name() + ":" + port);
                }
            }
        }
        return reachable;
    }

    private static List<V1NetworkPolicy> policies(Rendering rendering) {
        return rendering.manifests().all(V1NetworkPolicy.class);
    }

    private static NetworkPolicies model(Rendering rendering) {
        return new NetworkPolicies("vigil", policies(rendering));
    }

    private static Endpoint pod(Rendering rendering, String name) {
        return pod(rendering.manifests().pod(name));
    }

    private static Endpoint pod(Pod pod) {
        return Endpoint.pod("vigil", pod.labels());
    }
}
