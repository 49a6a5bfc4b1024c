package org.vigil.moderation.decisions;

import java.util.Arrays;
import java.util.Optional;

/** Why a claim needs two moderators: shown in the queue beside the claim. */
public enum SensitivityReason {
    /** The event is an attack: violence against protesters. */
    VIOLENCE("violence"),
    /** The event is a threat: intimidation, harassment, phishing or a cyber attack, each a crime. */
    INTIMIDATION("intimidation"),
    /** The event is an arrest, detention or deportation, or the claim counts arrests. */
    ARREST("arrest"),
    /** The claim counts injured people. */
    INJURY("injury"),
    /** The claim counts deaths. */
    DEATH("death"),
    /** The claim names an actor who is, or may be, a person. */
    NAMED_PERSON("named_person"),
    /** The claim names a perpetrator: it accuses someone of a crime. */
    ALLEGED_CRIME("alleged_crime"),
    /** A moderator judged the claim sensitive. */
    MARKED_BY_MODERATOR("marked_by_moderator");

    private final String wire;

    SensitivityReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<SensitivityReason> fromWire(String wire) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
    }

    @Override
    public String toString() {
        return wire;
    }
}
