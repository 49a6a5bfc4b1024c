package org.vigil.contracts.claims;

/**
 * The value of an {@code actor} claim: a named person, organisation or state and its part.
 * {@code type} is null when the contributor did not say.
 */
public record Actor(String name, ActorRole role, ActorType type) {

    public Actor(String name, ActorRole role) {
        this(name, role, null);
    }
}
