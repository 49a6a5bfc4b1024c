package org.vigil.k8s;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1IPBlock;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a set of NetworkPolicies lets through, evaluated the way the Kubernetes documentation
 * describes it: a connection passes when the source's egress and the destination's ingress
 * both allow it; a pod no policy selects for a direction is open in that direction.
 * Enough of the semantics for Vigil's policies: label selectors, namespace selectors, IPv4
 * blocks and numeric ports.
 */
final class NetworkPolicies {

    private final String namespace;
    private final List<V1NetworkPolicy> policies;

    NetworkPolicies(String namespace, List<V1NetworkPolicy> policies) {
        this.namespace = namespace;
        this.policies = policies;
    }

    /** A pod, in a namespace with its labels, or an address outside the cluster. */
    record Endpoint(String namespace, Map<String, String> namespaceLabels, Map<String, String> labels, String ip) {

        static Endpoint pod(String namespace, Map<String, String> labels) {
            return new Endpoint(namespace, Map.of("kubernetes.io/metadata.name", namespace), labels, null);
        }

        static Endpoint address(String ip) {
            return new Endpoint(null, Map.of(), Map.of(), ip);
        }

        @Override
        public String toString() {
            return ip != null ? ip : namespace + "/" + labels;
        }
    }

    boolean allow(Endpoint from, Endpoint to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    boolean allow(Endpoint from, Endpoint to, int port) {
        return allow(from, to, port, "TCP");
    }

    /** What the source's own policies say, whatever the destination's. */
    boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!namespace.equals(from.namespace())) {
            return true; // not ours to restrict
        }
        List<V1NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty()
                || selecting.stream()
                        .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                        .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), port, protocol));
    }

    /** What the destination's own policies say, whatever the source's. */
    boolean ingressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!namespace.equals(to.namespace())) {
            return true;
        }
        List<V1NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty()
                || selecting.stream()
                        .flatMap(p -> Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                        .anyMatch(rule ->
                                peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), port, protocol));
    }

    private List<V1NetworkPolicy> selecting(Endpoint pod, String direction) {
        return policies.stream()
                .filter(p -> policyTypes(p).contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    /** As the API server defaults it: Ingress always, Egress when the policy has egress rules. */
    private static List<String> policyTypes(V1NetworkPolicy policy) {
        if (policy.getSpec().getPolicyTypes() != null) {
            return policy.getSpec().getPolicyTypes();
        }
        return policy.getSpec().getEgress() == null ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private boolean peersMatch(List<V1NetworkPolicyPeer> peers, Endpoint endpoint) {
        return peers == null || peers.isEmpty() || peers.stream().anyMatch(peer -> peerMatches(peer, endpoint));
    }

    private boolean peerMatches(V1NetworkPolicyPeer peer, Endpoint endpoint) {
        if (peer.getIpBlock() != null) {
            return endpoint.ip() != null && inBlock(peer.getIpBlock(), endpoint.ip());
        }
        if (endpoint.namespace() == null) {
            return false; // selectors pick pods, never outside addresses
        }
        boolean namespaceMatches = peer.getNamespaceSelector() == null
                ? namespace.equals(endpoint.namespace())
                : matches(peer.getNamespaceSelector(), endpoint.namespaceLabels());
        return namespaceMatches && (peer.getPodSelector() == null || matches(peer.getPodSelector(), endpoint.labels()));
    }

    private static boolean portsMatch(List<V1NetworkPolicyPort> ports, int port, String protocol) {
        return ports == null
                || ports.isEmpty()
                || ports.stream()
                        .anyMatch(p -> Optional.ofNullable(p.getProtocol())
                                        .orElse("TCP")
                                        .equals(protocol)
                                && covers(p, port));
    }

    private static boolean covers(V1NetworkPolicyPort rule, int port) {
        IntOrString ruleport = rule.getPort();
        if (ruleport == null) {
            return true;
        }
        if (!ruleport.isInteger()) {
            throw new IllegalArgumentException(
                    "named port " + ruleport.getStrValue() + ": use numbers in Vigil's policies");
        }
        int first = ruleport.getIntValue();
        int last = Optional.ofNullable(rule.getEndPort()).orElse(first);
        return first <= port && port <= last;
    }

    static boolean matches(V1LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        boolean labelsMatch = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of()).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        return labelsMatch
                && Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of()).stream()
                        .allMatch(requirement -> matches(requirement, labels));
    }

    private static boolean matches(V1LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        List<String> values = Optional.ofNullable(requirement.getValues()).orElse(List.of());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("operator " + requirement.getOperator());
        };
    }

    private static boolean inBlock(V1IPBlock block, String ip) {
        return inCidr(block.getCidr(), ip)
                && Optional.ofNullable(block.getExcept()).orElse(List.of()).stream()
                        .noneMatch(cidr -> inCidr(cidr, ip));
    }

    private static boolean inCidr(String cidr, String ip) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        BigInteger mask = bits == 0
                ? BigInteger.ZERO
                : BigInteger.ONE
                        .shiftLeft(32)
                        .subtract(BigInteger.ONE)
                        .shiftRight(32 - bits)
                        .shiftLeft(32 - bits);
        return toNumber(parts[0]).and(mask).equals(toNumber(ip).and(mask));
    }

    private static BigInteger toNumber(String ipv4) {
        try {
            return new BigInteger(1, InetAddress.getByName(ipv4).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ipv4, e);
        }
    }
}
