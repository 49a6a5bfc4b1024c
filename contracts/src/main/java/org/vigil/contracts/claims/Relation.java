package org.vigil.contracts.claims;

import java.util.UUID;

/** The value of a {@code relation} claim: this event {@code type} the event {@code eventId}. */
public record Relation(RelationType type, UUID eventId) {}
