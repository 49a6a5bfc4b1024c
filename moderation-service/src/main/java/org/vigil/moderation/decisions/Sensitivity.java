package org.vigil.moderation.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * Whether a claim needs four eyes, and why (docs/product.md §2: a claim is sensitive when it reports
 * violence, death, injuries or arrests, names a person, or alleges a crime). A wrongly published
 * sensitive claim can endanger the people in it; the cost of a second moderator is small.
 *
 * <p>Derived from the claim, by these rules:
 * <ul>
 *   <li>every claim about an {@code attack}, {@code threat} or {@code arrest} event, whatever its
 *       property: even the date or place of an attack describes an alleged crime. Threats count
 *       because intimidation, harassment and phishing are crimes, and the seeds show their
 *       targets are at risk. Restrictions and official actions are public acts of authorities
 *       and counter-protests are not in themselves violent: none is sensitive by kind;
 *   <li>{@code injured}, {@code killed} and {@code arrested} claims, whatever the kind;
 *   <li>{@code actor} claims naming a person, or naming anyone as a perpetrator.
 * </ul>
 * An actor claim's value is {@code {"name": …, "role": "organiser" | "perpetrator" | "authority",
 * "type": "person" | "organisation" | "state"}} (contracts' {@code ActorType}). Only an
 * organisation or a state is taken as not a person; an actor with no type is taken as a person,
 * because wrongly naming a person on one moderator's word is the worse mistake.
 *
 * <p>Free text ({@code summary}) cannot be judged by rule; a moderator {@linkplain #markedByModerator
 * marks} such a claim. Sensitivity only ever grows: nothing here lifts it.
 */
public record Sensitivity(Set<SensitivityReason> reasons) {

    public static final Sensitivity NONE = new Sensitivity(Set.of());

    public Sensitivity {
        Objects.requireNonNull(reasons, "reasons");
        reasons = ordered(reasons);
    }

    /**
     * The sensitivity of a claim about an event of {@code kind} (for a proposed event, the kind in
     * its existence claim) asserting {@code value} for {@code property}.
     */
    public static Sensitivity of(EventKind kind, ClaimProperty property, JsonNode value) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(property, "property");
        Set<SensitivityReason> reasons = EnumSet.noneOf(SensitivityReason.class);
        switch (kind) {
            case ATTACK -> reasons.add(SensitivityReason.VIOLENCE);
            case THREAT -> reasons.add(SensitivityReason.INTIMIDATION);
            case ARREST -> reasons.add(SensitivityReason.ARREST);
            default -> {}
        }
        switch (property) {
            case INJURED -> reasons.add(SensitivityReason.INJURY);
            case KILLED -> reasons.add(SensitivityReason.DEATH);
            case ARRESTED -> reasons.add(SensitivityReason.ARREST);
            case ACTOR -> reasons.addAll(actorReasons(value));
            default -> {}
        }
        return new Sensitivity(reasons);
    }

    public boolean sensitive() {
        return !reasons.isEmpty();
    }

    /** This sensitivity with a moderator's judgement added. */
    public Sensitivity markedByModerator() {
        Set<SensitivityReason> marked = EnumSet.of(SensitivityReason.MARKED_BY_MODERATOR);
        marked.addAll(reasons);
        return new Sensitivity(marked);
    }

    private static Set<SensitivityReason> actorReasons(JsonNode actor) {
        Set<SensitivityReason> reasons = EnumSet.noneOf(SensitivityReason.class);
        JsonNode type = actor == null ? null : actor.get("type");
        boolean notAPerson = type != null && ("organisation".equals(type.asText()) || "state".equals(type.asText()));
        if (!notAPerson) {
            reasons.add(SensitivityReason.NAMED_PERSON);
        }
        JsonNode role = actor == null ? null : actor.get("role");
        if (role != null && "perpetrator".equals(role.asText())) {
            reasons.add(SensitivityReason.ALLEGED_CRIME);
        }
        return reasons;
    }

    private static Set<SensitivityReason> ordered(Collection<SensitivityReason> reasons) {
        Set<SensitivityReason> copy = EnumSet.noneOf(SensitivityReason.class);
        copy.addAll(reasons);
        return Collections.unmodifiableSet(copy);
    }
}
