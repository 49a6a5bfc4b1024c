package org.vigil.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The committed broker configuration ({@code ops/artemis/broker.xml}, what {@code ./vigil up}
 * installs) declares exactly the topology {@link Topology} describes: a message published before
 * its consumer first connects must wait in a durable queue, and a misspelt address must fail
 * instead of being created on the fly.
 */
class BrokerTopologyTest {

    private static final String CORE = "urn:activemq:core";
    private static final Path BROKER_XML = Path.of("ops", "artemis", "broker.xml");

    private static Element core;

    record Queue(String name, String routingType, boolean durable) implements Comparable<Queue> {
        private static final Comparator<Queue> ORDER = Comparator.comparing(Queue::name)
                .thenComparing(Queue::routingType)
                .thenComparing(Queue::durable);

        @Override
        public int compareTo(Queue other) {
            return ORDER.compare(this, other); // consistent with equals: TreeSet compares with it
        }

        @Override
        public String toString() {
            return name + " (" + routingType + (durable ? ", durable)" : ", NOT durable)");
        }
    }

    record Address(Set<String> routingTypes, Set<Queue> queues) {
        @Override
        public String toString() {
            return routingTypes + " " + queues;
        }
    }

    @BeforeAll
    static void parseBrokerXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(locate().toFile());
        core = child(document.getDocumentElement(), "core").orElseThrow();
    }

    @Test
    void declaresExactlyTheAddressesAndQueuesOfTopology() {
        Map<String, Address> expected = new TreeMap<>();
        for (Topology topology : Topology.values()) {
            Set<Queue> queues = topology.consumers().stream()
                    .map(consumer -> new Queue(topology.queueFor(consumer), "MULTICAST", true))
                    .collect(Collectors.toCollection(TreeSet::new));
            expected.put(topology.address(), new Address(Set.of("MULTICAST"), queues));
        }
        for (String parkingLot : List.of(Topology.DEAD_LETTER_ADDRESS, Topology.EXPIRY_ADDRESS)) {
            expected.put(
                    parkingLot,
                    new Address(Set.of("ANYCAST"), new TreeSet<>(Set.of(new Queue(parkingLot, "ANYCAST", true)))));
        }

        Map<String, Address> declared = declaredAddresses();
        assertEquals(expected, declared, () -> differences(expected, declared));
    }

    @Test
    void neverCreatesVigilAddressesOrQueuesOnTheFly() {
        Element vigil = addressSetting("vigil.#");
        assertEquals("false", text(vigil, "auto-create-addresses"));
        assertEquals("false", text(vigil, "auto-create-queues"));
        assertEquals("false", text(vigil, "auto-delete-addresses"));
        assertEquals("false", text(vigil, "auto-delete-queues"));
        Element anything = addressSetting("#");
        assertEquals("false", text(anything, "auto-create-addresses"));
        assertEquals("false", text(anything, "auto-create-queues"));
    }

    @Test
    void retriesWithBackoffThenDeadLetters() {
        Element vigil = addressSetting("vigil.#");
        assertEquals(Topology.DEAD_LETTER_ADDRESS, text(vigil, "dead-letter-address"));
        assertEquals(Topology.EXPIRY_ADDRESS, text(vigil, "expiry-address"));
        assertEquals("20", text(vigil, "max-delivery-attempts"));
        assertEquals("1000", text(vigil, "redelivery-delay"));
        assertEquals("2", text(vigil, "redelivery-delay-multiplier"));
        assertEquals("300000", text(vigil, "max-redelivery-delay"));
    }

    @Test
    void keepsWhatReachesTheParkingLots() {
        for (String parkingLot : List.of(Topology.DEAD_LETTER_ADDRESS, Topology.EXPIRY_ADDRESS)) {
            assertEquals("-1", text(addressSetting(parkingLot), "max-delivery-attempts"), parkingLot);
        }
    }

    @Test
    void persistsMessages() {
        assertEquals("true", text(core, "persistence-enabled"));
    }

    @Test
    void listensOnOneAcceptorThatSpeaksAmqp() {
        List<Element> acceptors = children(child(core, "acceptors").orElseThrow(), "acceptor");
        assertEquals(1, acceptors.size(), "acceptors");
        String url = acceptors.get(0).getTextContent().trim();
        assertTrue(url.matches(".*[?;]protocols=([A-Z]+,)*AMQP(,[A-Z]+)*(;.*)?$"), url);
    }

    /** What a developer has to change in broker.xml, line by line. */
    private static String differences(Map<String, Address> expected, Map<String, Address> declared) {
        List<String> lines = new ArrayList<>();
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(declared.keySet());
        for (String name : names) {
            Address want = expected.get(name);
            Address have = declared.get(name);
            if (want == null) {
                lines.add("address " + name + " is declared but Topology does not know it");
            } else if (have == null) {
                lines.add("address " + name + " " + want + " is missing");
            } else if (!want.equals(have)) {
                lines.add("address " + name + ": Topology says " + want + ", broker.xml says " + have);
            }
        }
        return "ops/artemis/broker.xml disagrees with Topology:\n  " + String.join("\n  ", lines) + "\n";
    }

    private static Map<String, Address> declaredAddresses() {
        Map<String, Address> declared = new TreeMap<>();
        for (Element address : children(child(core, "addresses").orElseThrow(), "address")) {
            Set<String> routingTypes = new TreeSet<>();
            Set<Queue> queues = new TreeSet<>();
            for (String routingType : List.of("multicast", "anycast")) {
                child(address, routingType).ifPresent(types -> {
                    routingTypes.add(routingType.toUpperCase());
                    for (Element queue : children(types, "queue")) {
                        boolean durable = child(queue, "durable")
                                .map(d ->
                                        Boolean.parseBoolean(d.getTextContent().trim()))
                                .orElse(true); // Artemis' default
                        queues.add(new Queue(queue.getAttribute("name"), routingType.toUpperCase(), durable));
                    }
                });
            }
            declared.put(address.getAttribute("name"), new Address(routingTypes, queues));
        }
        return declared;
    }

    private static Element addressSetting(String match) {
        return children(child(core, "address-settings").orElseThrow(), "address-setting").stream()
                .filter(setting -> match.equals(setting.getAttribute("match")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no address-setting for " + match));
    }

    private static String text(Element parent, String name) {
        return child(parent, name)
                .map(e -> e.getTextContent().trim())
                .orElseThrow(() -> new AssertionError("<" + name + "> missing in <" + parent.getTagName() + ">"));
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && CORE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The test runs in the module directory (surefire) or the repository root (an IDE). */
    private static Path locate() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(BROKER_XML))) {
                return dir.resolve(BROKER_XML);
            }
        }
        throw new IOException(BROKER_XML + " not found above " + Path.of("").toAbsolutePath());
    }
}
