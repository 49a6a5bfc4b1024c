package org.vigil.events;

import static org.vigil.events.Webhooks.*;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh {@link WebhookReceiver} for each test, and no subscription left behind it. Webhook
 * tests extend this and start the service themselves.
 */
abstract class ReceiverFixture {

    protected WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        unsubscribeAll(manager());
        receiver.close();
    }

    /** Subscribes the receiver to every event type and trusts the secret it was given. */
    protected String subscribeReceiver() {
        JsonPath created = subscribe(manager(), receiver.url("/hook"), ALL_EVENTS);
        receiver.trust(created.getString("secret"));
        return created.getString("id");
    }
}
