package org.vigil.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.k8s.Manifests.Pod;

/**
 * The pods an operator makes for one of its resources, as far as the network policies see them:
 * the labels the resource gives them and the ports they listen on (from each operator's
 * documentation and source: CloudNativePG's instance manager on 8000, the broker's core
 * acceptor on 61616, JGroups discovery on 7800 and management on 8161, Keycloak's management
 * port 9000 and cache ports 7800 and 57800).
 */
final class OperatorPods {

    private OperatorPods() {}

    static Optional<Pod> of(CustomResource resource) {
        return switch (resource.kind()) {
            case "Cluster" ->
                Optional.of(new Pod(
                        resource.name(), resource.labels("spec", "inheritedMetadata", "labels"), List.of(5432, 8000)));
            case "ActiveMQArtemis" ->
                Optional.of(new Pod(
                        resource.name(), resource.labels("spec", "deploymentPlan", "labels"), brokerPorts(resource)));
            case "Keycloak" ->
                Optional.of(new Pod(
                        resource.name(),
                        resource.labels("spec", "unsupported", "podTemplate", "metadata", "labels"),
                        List.of(8080, 9000, 7800, 57800)));
            default -> Optional.empty();
        };
    }

    private static List<Integer> brokerPorts(CustomResource broker) {
        List<Integer> ports = new ArrayList<>();
        for (Object acceptor : broker.list("spec", "acceptors")) {
            ports.add(((Number) ((Map<?, ?>) acceptor).get("port")).intValue());
        }
        ports.addAll(List.of(61616, 7800, 8161));
        return ports;
    }
}
