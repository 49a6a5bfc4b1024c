package org.vigil.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the {@link TestBroker} before the service under test and points the AMQP connector at it. */
public class ArtemisTestResource implements QuarkusTestResourceLifecycleManager {

    private static TestBroker broker;

    /** The broker of the running test, for tests that inspect queues or restart it. */
    public static TestBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = new TestBroker().start();
        return Map.of(
                "amqp-host",
                "127.0.0.1",
                "amqp-port",
                String.valueOf(broker.port()),
                "mp.messaging.connector.smallrye-amqp.host",
                "127.0.0.1",
                "mp.messaging.connector.smallrye-amqp.port",
                String.valueOf(broker.port()),
                // a restarted test broker comes back within a second; don't wait 10 s to notice
                "mp.messaging.connector.smallrye-amqp.reconnect-interval",
                "1",
                // what the services' dead-letter gauge counts as "failed every attempt"
                "vigil.messaging.max-delivery-attempts",
                String.valueOf(TestBroker.MAX_DELIVERY_ATTEMPTS));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
    }
}
