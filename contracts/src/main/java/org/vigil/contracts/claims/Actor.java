package org.vigil.contracts.claims;

/** The value of an {@code actor} claim: a named organisation, group or authority and its part. */
public record Actor(String name, ActorRole role) {}
