package org.vigil.moderation.publication;

import org.vigil.contracts.vocabulary.ClaimProperty;

/**
 * How many approved claims a property holds at once. For a single-valued property the newest
 * approved claim wins and supersedes the one before (SPEC §2); figures are ranges over every
 * approved claim, and an event has many actors and relations, so those claims stand side by side.
 */
public enum Cardinality {
    SINGLE,
    MULTIPLE;

    public static Cardinality of(ClaimProperty property) {
        return switch (property) {
            case EXISTENCE, DATE, PLACE, SUMMARY, CAMPAIGN -> SINGLE;
            case ATTENDANCE, INJURED, KILLED, ARRESTED, ACTOR, RELATION -> MULTIPLE;
        };
    }
}
