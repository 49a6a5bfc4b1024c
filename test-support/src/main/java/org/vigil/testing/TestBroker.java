package org.vigil.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.vigil.contracts.Topology;

/**
 * A real ActiveMQ Artemis broker in the test JVM, speaking AMQP 1.0 on a free port, with the
 * production topology declared up front and a persistent journal, so tests can restart it and
 * find durable messages again.
 */
public final class TestBroker {

    /**
     * Artemis' audit loggers print every client's address at INFO; held here so the level sticks
     * (java.util.logging keeps loggers only weakly). The @QuarkusTests set the same in their config.
     */
    private static final java.util.logging.Logger AUDIT = quiet("org.apache.activemq.audit");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Few attempts with short delays keep dead-letter tests fast; production uses 20 with backoff. */
    public static final int MAX_DELIVERY_ATTEMPTS = 3;

    /** How often and how soon a message a consumer could not apply is redelivered before it is dead-lettered. */
    public record Redelivery(int maxAttempts, long delayMillis, double multiplier, long maxDelayMillis) {

        /** {@link #MAX_DELIVERY_ATTEMPTS} attempts 100 ms apart, doubling: dead-letter tests stay fast. */
        public static final Redelivery FAST = new Redelivery(MAX_DELIVERY_ATTEMPTS, 100, 2, 1000);

        /**
         * ops/artemis/broker.xml's: 20 attempts, 1 s doubling up to 5 min, which outlasts a database
         * restart. The fault suite needs it: with {@link #FAST}, a message that arrives while
         * PostgreSQL restarts is dead-lettered within a second.
         */
        public static final Redelivery PRODUCTION = new Redelivery(20, 1000, 2, 300_000);
    }

    private final int port;
    private final Path dataDirectory;
    private final Redelivery redelivery;
    private EmbeddedActiveMQ broker;

    public TestBroker() {
        this(Redelivery.FAST);
    }

    public TestBroker(Redelivery redelivery) {
        this(redelivery, freePort(), newDataDirectory());
    }

    /** A broker on a given port and journal: {@link BrokerProcess} starts one in a process of its own. */
    public TestBroker(Redelivery redelivery, int port, Path dataDirectory) {
        this.redelivery = redelivery;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    static Path newDataDirectory() {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "vigil-artemis-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the journal, bindings, paging and large messages are kept (a security test searches them). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return port;
    }

    public synchronized TestBroker start() {
        if (broker != null) {
            return this;
        }
        try {
            broker = new EmbeddedActiveMQ();
            broker.setConfiguration(configuration());
            broker.start();
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("the test broker could not start", e);
        }
    }

    public synchronized void stop() {
        if (broker == null) {
            return;
        }
        try {
            broker.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the test broker could not stop", e);
        } finally {
            broker = null;
        }
    }

    /** Stops and starts again on the same port and journal, as a broker restart in production. */
    public void restart() {
        stop();
        start();
    }

    /** The URL Artemis' own clients (the dead-letter tool) reach this broker at. */
    public String coreUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Messages waiting in a queue (not yet acknowledged by a consumer). */
    public long messageCount(String queue) {
        Queue found = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
        if (found == null) {
            throw new IllegalArgumentException("no queue " + queue);
        }
        return found.getMessageCount();
    }

    private Configuration configuration() {
        String journal = new File(dataDirectory.toFile(), "journal").getPath();
        Configuration config = new ConfigurationImpl()
                .setName("vigil-test-" + UUID.randomUUID())
                .setPersistenceEnabled(true)
                .setJournalDirectory(journal)
                .setBindingsDirectory(new File(dataDirectory.toFile(), "bindings").getPath())
                .setLargeMessagesDirectory(new File(dataDirectory.toFile(), "large").getPath())
                .setPagingDirectory(new File(dataDirectory.toFile(), "paging").getPath())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false);
        try {
            // CORE beside AMQP, as in ops/artemis/broker.xml: the dead-letter tool manages the broker over it
            config.addAcceptorConfiguration("amqp", "tcp://127.0.0.1:" + port + "?protocols=AMQP,CORE");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        config.addAddressSetting(
                "vigil.#",
                new AddressSettings()
                        .setAutoCreateAddresses(false)
                        .setAutoCreateQueues(false)
                        .setDeadLetterAddress(SimpleString.of(Topology.DEAD_LETTER_ADDRESS))
                        .setExpiryAddress(SimpleString.of(Topology.EXPIRY_ADDRESS))
                        .setMaxDeliveryAttempts(redelivery.maxAttempts())
                        .setRedeliveryDelay(redelivery.delayMillis())
                        .setRedeliveryMultiplier(redelivery.multiplier())
                        .setMaxRedeliveryDelay(redelivery.maxDelayMillis()));
        // the parking lots keep what lands in them, as in ops/artemis/broker.xml
        for (String parkingLot : new String[] {Topology.DEAD_LETTER_ADDRESS, Topology.EXPIRY_ADDRESS}) {
            config.addAddressSetting(parkingLot, new AddressSettings().setMaxDeliveryAttempts(-1));
        }
        for (Topology route : Topology.values()) {
            CoreAddressConfiguration address =
                    new CoreAddressConfiguration().setName(route.address()).addRoutingType(RoutingType.MULTICAST);
            for (String consumer : route.consumers()) {
                address.addQueueConfig(QueueConfiguration.of(route.queueFor(consumer))
                        .setAddress(route.address())
                        .setRoutingType(RoutingType.MULTICAST)
                        .setDurable(true));
            }
            config.addAddressConfiguration(address);
        }
        for (String anycast : new String[] {Topology.DEAD_LETTER_ADDRESS, Topology.EXPIRY_ADDRESS}) {
            config.addAddressConfiguration(new CoreAddressConfiguration()
                    .setName(anycast)
                    .addRoutingType(RoutingType.ANYCAST)
                    .addQueueConfig(QueueConfiguration.of(anycast)
                            .setAddress(anycast)
                            .setRoutingType(RoutingType.ANYCAST)
                            .setDurable(true)));
        }
        return config;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
