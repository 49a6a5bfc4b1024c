package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.vigil.k8s.Manifests.Workload;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The image each service's `images` profile would build (quarkus-container-image-jib) is the one
 * the manifests run: its name and tag, its user, and its entrypoint (no command or args in the
 * Deployment, so the image's own runs).
 */
class ImageConfigTest {

    static final List<String> SERVICES = PodHardeningTest.APPS;

    /**
     * Quarkus' jib starts a fast-jar on these base images with their run-java.sh (JAVA_APP_JAR
     * set to the fast-jar), as their non-root user 185.
     */
    private static final String UBI_OPENJDK_17_RUNTIME = "registry.access.redhat.com/ubi9/openjdk-17-runtime:";

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theImagesProfileBuildsTheImageTheBaseRuns(String service) {
        Map<String, String> image = imageProfile(service);
        String built = image.get("quarkus.container-image.group") + "/" + image.get("quarkus.container-image.name")
                + ":" + image.get("quarkus.container-image.tag");

        assertEquals(container(Rendering.BASE, service), built);
        assertEquals("true", image.get("quarkus.container-image.build"), service + " builds its image under -Pimages");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theProductionOverlayRenamesOnlyTheRegistry(String service) {
        Map<String, String> image = imageProfile(service);
        String pushed = "registry.example.org/" + image.get("quarkus.container-image.group") + "/"
                + image.get("quarkus.container-image.name") + ":" + image.get("quarkus.container-image.tag");

        assertEquals(pushed, container(Rendering.PRODUCTION, service));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theImageRunsAsTheUserTheDeploymentRunsAs(String service) {
        Map<String, String> image = imageProfile(service);
        for (Rendering rendering : Rendering.values()) {
            Workload workload = rendering.manifests().workload(service);
            assertEquals(
                    image.get("quarkus.jib.user"),
                    String.valueOf(workload.pod().getSecurityContext().getRunAsUser()),
                    rendering + " " + service);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theDeploymentKeepsTheImagesEntrypoint(String service) {
        assertTrue(
                imageProfile(service).get("quarkus.jib.base-jvm-image").startsWith(UBI_OPENJDK_17_RUNTIME),
                service + " builds on a base whose entrypoint and user the manifests expect");
        for (Rendering rendering : Rendering.values()) {
            var container = rendering.manifests().workload(service).container(service);
            assertTrue(
                    container.getCommand() == null || container.getCommand().isEmpty(),
                    rendering + " " + service + " overrides the entrypoint");
            assertTrue(
                    container.getArgs() == null || container.getArgs().isEmpty(),
                    rendering + " " + service + " passes arguments");
        }
    }

    private static String container(Rendering rendering, String service) {
        return rendering.manifests().workload(service).container(service).getImage();
    }

    /** The properties of the `images` profile in the service's pom.xml. */
    static Map<String, String> imageProfile(String service) {
        Path pom = Path.of(System.getProperty(
                        "vigil.root.dir", Rendering.k8sDir().resolve("..").toString()))
                .resolve(service)
                .resolve("pom.xml");
        try {
            Document document =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            NodeList profiles = document.getElementsByTagName("profile");
            for (int i = 0; i < profiles.getLength(); i++) {
                Element profile = (Element) profiles.item(i);
                if ("images".equals(child(profile, "id").getTextContent().trim())) {
                    Map<String, String> properties = new HashMap<>();
                    NodeList entries = child(profile, "properties").getChildNodes();
                    for (int j = 0; j < entries.getLength(); j++) {
                        if (entries.item(j) instanceof Element property) {
                            properties.put(
                                    property.getTagName(),
                                    property.getTextContent().trim());
                        }
                    }
                    return properties;
                }
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read " + pom, e);
        }
        throw new AssertionError(pom + " has no profile `images`");
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
