package org.vigil.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The wrapper every integration event travels in. {@code id} is also the AMQP message-id and
 * the key consumers deduplicate on; {@code type} is also the AMQP subject.
 */
public record Envelope(
        UUID id,
        String type,
        String aggregateType,
        String aggregateId,
        Instant occurredAt,
        int schemaVersion,
        JsonNode payload) {}
