package org.vigil.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.vigil.contracts.Envelope;
import org.vigil.contracts.IntegrationEvent;

/** Turns integration events into envelopes and back, with the application's JSON settings. */
@ApplicationScoped
public class Envelopes {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public Envelope wrap(IntegrationEvent event) {
        return new Envelope(
                UUID.randomUUID(),
                event.type(),
                event.aggregateType(),
                event.aggregateId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                event.schemaVersion(),
                json.valueToTree(event));
    }

    public String write(Envelope envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope could not be written as JSON", e);
        }
    }

    /**
     * Reads an envelope from whatever body the connector delivered: a JSON object when the
     * sender set content-type application/json, otherwise a string or bytes of JSON.
     *
     * @throws UnreadableMessage when the body is not an envelope: such a message is poison
     */
    public Envelope read(Object body) {
        try {
            Envelope envelope;
            if (body instanceof JsonObject object) {
                envelope = json.readValue(object.encode(), Envelope.class);
            } else if (body instanceof String text) {
                envelope = json.readValue(text, Envelope.class);
            } else if (body instanceof byte[] bytes) {
                envelope = json.readValue(bytes, Envelope.class);
            } else if (body instanceof Buffer buffer) {
                envelope = json.readValue(buffer.getBytes(), Envelope.class);
            } else {
                throw new UnreadableMessage("unexpected body " + (body == null ? "null" : body.getClass()));
            }
            if (envelope.id() == null || envelope.type() == null || envelope.payload() == null) {
                throw new UnreadableMessage("an envelope needs id, type and payload");
            }
            return envelope;
        } catch (java.io.IOException e) {
            throw new UnreadableMessage("not an envelope: " + e.getMessage());
        }
    }

    public <T extends IntegrationEvent> T payload(Envelope envelope, Class<T> type) {
        try {
            return json.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException e) {
            throw new UnreadableMessage(
                    envelope.type() + " " + envelope.id() + " has an unreadable payload: " + e.getOriginalMessage());
        }
    }

    /** A message that will never be processable, whatever the retries: it belongs in the dead-letter address. */
    public static class UnreadableMessage extends RuntimeException {
        public UnreadableMessage(String message) {
            super(message);
        }
    }
}
