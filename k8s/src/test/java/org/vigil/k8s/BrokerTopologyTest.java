package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.contracts.Topology;
import org.vigil.k8s.Manifests.Workload;

/**
 * The broker.xml in the artemis-broker ConfigMap declares exactly what
 * {@link Topology} says, read by Artemis' own parser (which validates it against the broker's
 * schema), so a broker started from it has every address and queue before any client connects.
 */
class BrokerTopologyTest {

    private static final String VIGIL_MATCH = "vigil.#";

    @TempDir
    static Path workDir;

    private static FileConfiguration broker;

    @BeforeAll
    static void parseTheRenderedBrokerXml() throws Exception {
        broker = parse(brokerXml(Rendering.BASE));
    }

    @Test
    void everyTopologyAddressIsADurableMulticastAddress() {
        for (Topology topology : Topology.values()) {
            CoreAddressConfiguration address = address(topology.address());
            assertEquals(EnumSet.of(RoutingType.MULTICAST), address.getRoutingTypes(), topology.address());
        }
    }

    @Test
    void eachConsumerHasItsOwnDurableQueueOnTheAddress() {
        for (Topology topology : Topology.values()) {
            Set<String> expected =
                    topology.consumers().stream().map(topology::queueFor).collect(Collectors.toSet());
            CoreAddressConfiguration address = address(topology.address());

            assertEquals(expected, queueNames(address), topology.address());
            for (QueueConfiguration queue : address.getQueueConfigs()) {
                assertTrue(Boolean.TRUE.equals(queue.isDurable()), queue.getName() + " is not durable");
                assertEquals(
                        RoutingType.MULTICAST,
                        queue.getRoutingType(),
                        queue.getName().toString());
            }
        }
    }

    @Test
    void theBrokerDeclaresNothingBeyondTheTopologyItsDeadLetterAndExpiryAddresses() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Topology topology : Topology.values()) {
            expected.put(
                    topology.address(),
                    topology.consumers().stream()
                            .map(topology::queueFor)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        expected.put(Topology.DEAD_LETTER_ADDRESS, Set.of(Topology.DEAD_LETTER_ADDRESS));
        expected.put(Topology.EXPIRY_ADDRESS, Set.of(Topology.EXPIRY_ADDRESS));

        Map<String, Set<String>> declared = new TreeMap<>();
        broker.getAddressConfigurations().forEach(a -> declared.put(a.getName(), queueNames(a)));
        assertEquals(expected, declared);
    }

    @Test
    void deadLetterAndExpiryAddressesAreDurableAnycastQueues() {
        for (String name : new String[] {Topology.DEAD_LETTER_ADDRESS, Topology.EXPIRY_ADDRESS}) {
            CoreAddressConfiguration address = address(name);
            assertEquals(EnumSet.of(RoutingType.ANYCAST), address.getRoutingTypes(), name);
            assertTrue(Boolean.TRUE.equals(address.getQueueConfigs().get(0).isDurable()), name);
        }
    }

    @Test
    void aMessageNoConsumerCouldTakeIn20AttemptsGoesToTheDeadLetterAddress() {
        AddressSettings vigil = vigilSettings();
        assertEquals(SimpleString.of(Topology.DEAD_LETTER_ADDRESS), vigil.getDeadLetterAddress());
        assertEquals(20, vigil.getMaxDeliveryAttempts());
    }

    @Test
    void redeliveryBacksOffFromOneSecondDoublingUpToFiveMinutes() {
        AddressSettings vigil = vigilSettings();
        assertEquals(1000L, vigil.getRedeliveryDelay());
        assertEquals(2.0, vigil.getRedeliveryMultiplier());
        assertEquals(300_000L, vigil.getMaxRedeliveryDelay());
    }

    @Test
    void expiredMessagesGoToTheExpiryAddress() {
        assertEquals(SimpleString.of(Topology.EXPIRY_ADDRESS), vigilSettings().getExpiryAddress());
    }

    @Test
    void nothingUnderVigilIsCreatedOrDeletedAutomatically() {
        AddressSettings vigil = vigilSettings();
        assertEquals(Boolean.FALSE, vigil.isAutoCreateAddresses());
        assertEquals(Boolean.FALSE, vigil.isAutoCreateQueues());
        assertFalse(vigil.isAutoCreateDeadLetterResources());
        assertFalse(vigil.isAutoCreateExpiryResources());
        assertEquals(Boolean.FALSE, vigil.isAutoDeleteAddresses());
        assertEquals(Boolean.FALSE, vigil.isAutoDeleteQueues());
    }

    @Test
    void theBrokerSpeaksOnlyAmqpOnPort5673() {
        Set<TransportConfiguration> acceptors = broker.getAcceptorConfigurations();
        assertEquals(1, acceptors.size(), "acceptors: " + acceptors);
        Map<String, Object> params = acceptors.iterator().next().getParams();
        assertEquals("5673", String.valueOf(params.get("port")));
        assertEquals("AMQP", String.valueOf(params.get("protocols")));
    }

    @Test
    void theBrokerKeepsMessagesOnDiskAndRequiresALogin() throws Exception {
        assertTrue(broker.isPersistenceEnabled());
        assertTrue(broker.isSecurityEnabled());
        String startScript = configMapEntry(Rendering.BASE, "start-broker.sh");
        assertTrue(startScript.contains("--require-login"), "the broker instance is created without --require-login");
        assertFalse(startScript.contains("--allow-anonymous"));
    }

    @Test
    void theStartScriptInstallsTheBrokerXmlFromWhereTheConfigMapIsMounted() {
        Workload artemis = Rendering.BASE.manifests().workload("artemis");
        V1Container container = artemis.container("artemis");
        String configVolume = artemis.pod().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null
                        && Manifests.generatedName(v.getConfigMap().getName()).equals("artemis-broker"))
                .map(V1Volume::getName)
                .findFirst()
                .orElseThrow(() -> new AssertionError("artemis does not mount the artemis-broker ConfigMap"));
        String mountPath = container.getVolumeMounts().stream()
                .filter(m -> m.getName().equals(configVolume))
                .findFirst()
                .orElseThrow()
                .getMountPath();

        assertEquals(List.of("/bin/bash", mountPath + "/start-broker.sh"), container.getCommand());
        assertTrue(configMapEntry(Rendering.BASE, "start-broker.sh").contains("cp " + mountPath + "/broker.xml "));
    }

    @ParameterizedTest
    @EnumSource(
            value = Rendering.class,
            names = {"BASE", "LOCAL"})
    void everyRenderingWithTheBrokerStatefulSetShipsTheSameBrokerXml(Rendering rendering) {
        assertEquals(brokerXml(Rendering.BASE), brokerXml(rendering));
    }

    @Test
    void theParserRejectsWhatTheBrokerWouldRefuse() throws Exception {
        String unknownElement = brokerXml(Rendering.BASE)
                .replace(
                        "<persistence-enabled>",
                        "<persistance-enabled>true</persistance-enabled><persistence-enabled>");
        assertThrows(Exception.class, () -> parse(unknownElement));
    }

    private static FileConfiguration parse(String xml) throws Exception {
        return parse(xml, workDir);
    }

    static FileConfiguration parse(String xml, Path workDir) throws Exception {
        Path file = Files.createTempFile(workDir, "broker", ".xml");
        Files.writeString(file, xml);
        FileConfiguration configuration = new FileConfiguration();
        new FileDeploymentManager(file.toUri().toString())
                .addDeployable(configuration)
                .readConfiguration();
        return configuration;
    }

    static String brokerXml(Rendering rendering) {
        return configMapEntry(rendering, "broker.xml");
    }

    private static String configMapEntry(Rendering rendering, String key) {
        String value =
                rendering.manifests().configMap("artemis-broker").getData().get(key);
        if (value == null) {
            throw new AssertionError("the artemis-broker ConfigMap has no " + key);
        }
        return value;
    }

    private static CoreAddressConfiguration address(String name) {
        return broker.getAddressConfigurations().stream()
                .filter(a -> a.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("broker.xml does not declare " + name + "; it declares "
                        + Arrays.toString(broker.getAddressConfigurations().stream()
                                .map(CoreAddressConfiguration::getName)
                                .toArray())));
    }

    private static Set<String> queueNames(CoreAddressConfiguration address) {
        return address.getQueueConfigs().stream()
                .map(q -> q.getName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static AddressSettings vigilSettings() {
        AddressSettings settings = broker.getAddressSettings().get(VIGIL_MATCH);
        if (settings == null) {
            throw new AssertionError("no address-setting for " + VIGIL_MATCH);
        }
        return settings;
    }
}
