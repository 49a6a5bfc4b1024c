package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.util.Yaml;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One rendered kustomization as typed Kubernetes API objects. */
final class Manifests {

    /**
     * kustomize appends "-" and a 10-character hash to the names of generated ConfigMaps and
     * Secrets, spelled with consonants and digits only (so no word is mistaken for one).
     */
    private static final Pattern GENERATED_SUFFIX = Pattern.compile("-[bcdfghkmt2456789]{10}$");

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private final List<KubernetesObject> objects;
    private final List<CustomResource> customResources;

    private Manifests(List<KubernetesObject> objects, List<CustomResource> customResources) {
        this.objects = List.copyOf(objects);
        this.customResources = List.copyOf(customResources);
    }

    /**
     * Parses a YAML stream with the Kubernetes Java client's model: an unknown kind, an unknown
     * field or a value of the wrong type is an error, as it would be for the API server.
     */
    static Manifests parse(String yaml) {
        // resources of the operators whose CRDs are kept in k8s/crds are set aside for their schemas
        List<CustomResource> custom = new ArrayList<>();
        StringBuilder kubernetesApi = new StringBuilder();
        for (String text : DOCUMENT_SEPARATOR.split(yaml)) {
            Object document;
            try {
                document = new org.yaml.snakeyaml.Yaml().load(text);
            } catch (RuntimeException e) {
                throw new AssertionError("the rendered manifests are not valid YAML:\n" + condensed(e), e);
            }
            if (document instanceof Map<?, ?> map && CustomResource.isOperators(map)) {
                custom.add(CustomResource.of(map));
            } else {
                kubernetesApi.append(text).append("\n---\n");
            }
        }
        List<Object> documents;
        try {
            documents = Yaml.loadAll(kubernetesApi.toString());
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("the rendered manifests are not valid Kubernetes objects:\n" + condensed(e), e);
        }
        List<KubernetesObject> typed = new ArrayList<>();
        for (Object document : documents) {
            // the client models kinds it does not know as dynamic objects: none belong in Vigil
            if (!(document instanceof KubernetesObject object) || document instanceof DynamicKubernetesObject) {
                fail("not a kind of the Kubernetes API: " + document);
                return null;
            }
            typed.add(object);
        }
        return new Manifests(typed, custom);
    }

    /** snakeyaml's message without the dumps of half-built objects: what failed, and where. */
    private static String condensed(Exception e) {
        return String.valueOf(e.getMessage())
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("    ") && !line.startsWith("}"))
                .map(line -> line.endsWith(" {") ? line.substring(0, line.length() - 2) : line)
                .reduce((text, line) -> text + "\n" + line)
                .orElse(e.toString());
    }

    List<KubernetesObject> all() {
        return objects;
    }

    /** The resources of the operators (CloudNativePG, ArtemisCloud, Keycloak), as parsed YAML. */
    List<CustomResource> customResources() {
        return customResources;
    }

    CustomResource customResource(String kind, String name) {
        return customResources.stream()
                .filter(r -> r.kind().equals(kind) && r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** Every pod Vigil runs: those of its Deployments and StatefulSets and those the operators make. */
    List<Pod> pods() {
        return Stream.concat(
                        workloads().stream()
                                .map(w -> new Pod(
                                        w.name(),
                                        w.template().getMetadata().getLabels(),
                                        w.containers().stream()
                                                .flatMap(c ->
                                                        Optional.ofNullable(c.getPorts()).orElse(List.of()).stream())
                                                .map(port -> port.getContainerPort())
                                                .toList())),
                        customResources.stream().map(OperatorPods::of).flatMap(Optional::stream))
                .toList();
    }

    Pod pod(String name) {
        return pods().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pods " + name));
    }

    /** The pods of one workload or operator resource: their labels and the ports they listen on. */
    record Pod(String name, Map<String, String> labels, List<Integer> ports) {}

    <T extends KubernetesObject> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends KubernetesObject> Optional<T> find(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> name.equals(o.getMetadata().getName()))
                .findFirst();
    }

    <T extends KubernetesObject> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    /** A generated ConfigMap or Secret, found by the name it was generated under. */
    <T extends KubernetesObject> T generated(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> generatedName(o.getMetadata().getName()).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no generated " + type.getSimpleName() + " " + name));
    }

    /** The name a generated object was declared with, without kustomize's hash suffix. */
    static String generatedName(String name) {
        return GENERATED_SUFFIX.matcher(name).replaceFirst("");
    }

    V1ConfigMap configMap(String name) {
        return generated(V1ConfigMap.class, name);
    }

    List<Workload> workloads() {
        return Stream.concat(
                        all(V1Deployment.class).stream()
                                .map(d -> new Workload(
                                        "Deployment",
                                        d.getMetadata().getName(),
                                        d.getSpec().getTemplate())),
                        all(V1StatefulSet.class).stream()
                                .map(s -> new Workload(
                                        "StatefulSet",
                                        s.getMetadata().getName(),
                                        s.getSpec().getTemplate())))
                .toList();
    }

    Workload workload(String name) {
        return workloads().stream()
                .filter(w -> w.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no workload " + name));
    }

    /** A Deployment or StatefulSet and the pods it runs. */
    record Workload(String kind, String name, V1PodTemplateSpec template) {

        V1PodSpec pod() {
            return template.getSpec();
        }

        /** Init containers and containers alike: every rule applies to both. */
        List<V1Container> containers() {
            return Stream.concat(
                            Optional.ofNullable(pod().getInitContainers()).orElse(List.of()).stream(),
                            pod().getContainers().stream())
                    .toList();
        }

        V1Container container(String name) {
            return containers().stream()
                    .filter(c -> c.getName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(this.name + " has no container " + name));
        }

        String label(String key) {
            return template.getMetadata().getLabels().get(key);
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }
}
