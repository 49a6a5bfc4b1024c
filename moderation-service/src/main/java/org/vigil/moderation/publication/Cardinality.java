package org.vigil.moderation.publication;

import org.vigil.contracts.vocabulary.ClaimProperty;

/**
 * How many approved claims a property holds at once. For a single-valued property the newest
 * approved claim wins and supersedes the one before (docs/product.md §2); figures are ranges over every
 * approved claim, and an event has many actors and relations, so those claims stand side by side.
 * Tallies are about no event and each stands on its own.
 */
public enum Cardinality {
    SINGLE,
    MULTIPLE;

    public static Cardinality of(ClaimProperty property) {
        return switch (property) {
            case EXISTENCE, DATE, PLACE, SUMMARY, CAMPAIGN, KIND, TITLE, CONCERNS -> SINGLE;
            case ATTENDANCE, INJURED, KILLED, ARRESTED, SIGNATURES, ACTOR, RELATION, TALLY -> MULTIPLE;
        };
    }
}
