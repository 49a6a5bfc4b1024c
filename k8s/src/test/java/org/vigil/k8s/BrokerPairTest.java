package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.HAPolicyConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production broker pair (ActiveMQArtemis): its broker properties, applied by Artemis itself
 * the way the operator's brokers apply them (pod N also reads the keys prefixed broker-N.),
 * give pod 0 a replicating primary and pod 1 its backup, and declare the same topology and
 * settings as the base's broker.xml.
 */
class BrokerPairTest {

    @TempDir
    static Path workDir;

    private static final CustomResource BROKER =
            Rendering.PRODUCTION.manifests().customResource("ActiveMQArtemis", "artemis");

    @Test
    void twoBrokersKeepTheirJournalOnPersistentVolumes() {
        assertEquals(2, ((Number) BROKER.at("spec", "deploymentPlan", "size").orElseThrow()).intValue());
        assertEquals(
                Boolean.TRUE,
                BROKER.at("spec", "deploymentPlan", "persistenceEnabled").orElseThrow());
        assertEquals(
                Boolean.TRUE,
                BROKER.at("spec", "deploymentPlan", "requireLogin").orElseThrow());
    }

    @Test
    void podZeroIsAReplicatingPrimaryAndPodOneItsBackup() throws Exception {
        assertEquals(
                HAPolicyConfiguration.TYPE.REPLICATION_PRIMARY_QUORUM_VOTING,
                brokerOfPod(0).getHAPolicyConfiguration().getType());
        assertEquals(
                HAPolicyConfiguration.TYPE.REPLICATION_BACKUP_QUORUM_VOTING,
                brokerOfPod(1).getHAPolicyConfiguration().getType());
    }

    @Test
    void everyPropertyIsOneArtemisApplies() throws Exception {
        for (int pod : List.of(0, 1)) {
            String status = ((ConfigurationImpl) brokerOfPod(pod)).getStatus();
            assertTrue(!status.contains("\"errors\":[{"), "pod " + pod + ": " + status);
        }
    }

    @Test
    void theBrokersDeclareTheSameAddressesAndQueuesAsTheBrokerXml() throws Exception {
        Configuration xml = BrokerTopologyTest.parse(BrokerTopologyTest.brokerXml(Rendering.BASE), workDir);
        assertEquals(declared(xml), declared(brokerOfPod(0)));
    }

    @Test
    void theBrokersApplyTheSameAddressSettingsAsTheBrokerXml() throws Exception {
        Configuration xml = BrokerTopologyTest.parse(BrokerTopologyTest.brokerXml(Rendering.BASE), workDir);
        AddressSettings expected = xml.getAddressSettings().get("vigil.#");
        AddressSettings actual = brokerOfPod(0).getAddressSettings().get("vigil.#");
        assertEquals(expected.toJSON(), actual.toJSON());
    }

    @Test
    void onlyTheVigilRoleSendsConsumesAndBrowses() throws Exception {
        Set<String> roles = brokerOfPod(0).getSecurityRoles().values().stream()
                .flatMap(Set::stream)
                .map(role -> role.getName() + ":" + role.isSend() + role.isConsume() + role.isBrowse()
                        + role.isCreateAddress())
                .collect(Collectors.toSet());
        assertEquals(Set.of("vigil:truetruetruefalse"), roles);
    }

    @Test
    void theAmqpAcceptorListensOn5673AndIsNotExposed() {
        Map<?, ?> amqp = (Map<?, ?>) BROKER.list("spec", "acceptors").get(0);
        assertEquals(5673, ((Number) amqp.get("port")).intValue());
        assertEquals("AMQP", amqp.get("protocols"));
        assertEquals(Boolean.FALSE, amqp.get("expose"));
    }

    private static Map<String, Set<String>> declared(Configuration configuration) {
        Map<String, Set<String>> declared = new TreeMap<>();
        configuration
                .getAddressConfigurations()
                .forEach(address -> declared.put(
                        address.getName() + " " + address.getRoutingTypes(),
                        address.getQueueConfigs().stream()
                                .map(q -> q.getName() + " " + q.getRoutingType() + " durable=" + q.isDurable())
                                .collect(Collectors.toCollection(TreeSet::new))));
        return declared;
    }

    /** The configuration the broker of pod N starts with: the shared keys, then its own. */
    private static Configuration brokerOfPod(int pod) throws Exception {
        String own = "broker-" + pod + ".";
        // in order, as the broker reads a properties file: a policy's type before its settings
        Properties properties = new ConfigurationImpl.InsertionOrderedProperties();
        for (Object entry : BROKER.list("spec", "brokerProperties")) {
            String line = String.valueOf(entry);
            String key = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            if (key.startsWith(own)) {
                properties.put(key.substring(own.length()), value);
            } else if (!key.matches("broker-\\d+\\..*")) {
                properties.put(key, value);
            }
        }
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.parsePrefixedProperties(properties, null);
        return configuration;
    }
}
