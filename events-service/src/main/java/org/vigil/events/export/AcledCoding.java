package org.vigil.events.export;

import java.util.List;
import java.util.Objects;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * How each Vigil event kind is coded in ACLED's taxonomy for the CSV export: disorder type,
 * event type, sub-event type, and which of the event's actors stands as ACLED's {@code actor1}.
 * This enum and the table in {@code docs/acled.md} are the same table; change both together.
 *
 * <p>ACLED codes only physical demonstrations as protests, so petitions and open letters become
 * strategic developments. Threats, phishing and intimidation are not violence in ACLED's sense
 * (no physical force), so they are strategic developments too; a physical attack on protesters by
 * anyone is violence against civilians.
 */
public enum AcledCoding {
    RALLY(EventKind.RALLY, Disorder.DEMONSTRATIONS, "Protests", "Peaceful protest", Lead.PROTESTERS),
    COUNTER_PROTEST(EventKind.COUNTER_PROTEST, Disorder.DEMONSTRATIONS, "Protests", "Peaceful protest", Lead.PROTESTERS),
    ATTACK(EventKind.ATTACK, Disorder.POLITICAL_VIOLENCE, "Violence against civilians", "Attack", Lead.PERPETRATORS),
    THREAT(EventKind.THREAT, Disorder.STRATEGIC, "Strategic developments", "Other", Lead.PERPETRATORS),
    RESTRICTION(
            EventKind.RESTRICTION, Disorder.STRATEGIC, "Strategic developments", "Change to group/activity", Lead.AUTHORITIES),
    ARREST(EventKind.ARREST, Disorder.STRATEGIC, "Strategic developments", "Arrests", Lead.AUTHORITIES),
    PETITION(EventKind.PETITION, Disorder.STRATEGIC, "Strategic developments", "Other", Lead.ORGANISERS),
    OFFICIAL_ACTION(EventKind.OFFICIAL_ACTION, Disorder.STRATEGIC, "Strategic developments", "Other", Lead.AUTHORITIES),
    OTHER(EventKind.OTHER, Disorder.STRATEGIC, "Strategic developments", "Other", Lead.ORGANISERS);

    /** ACLED's {@code disorder_type} values used here. */
    static final class Disorder {
        static final String DEMONSTRATIONS = "Demonstrations";
        static final String POLITICAL_VIOLENCE = "Political violence";
        static final String STRATEGIC = "Strategic developments";

        private Disorder() {}
    }

    /**
     * Who stands as {@code actor1}. ACLED's {@code inter1} is the actor type code of its codebook:
     * 1 state forces, 6 protesters. Vigil does not know what kind of group a named perpetrator or
     * organiser is, so {@code inter1} stays empty for them rather than guessed.
     */
    public enum Lead {
        /** ACLED's "Protesters (Country)"; organisers and participants are associated actors. */
        PROTESTERS(List.of(ActorRole.ORGANISER, ActorRole.PARTICIPANT), "6"),
        /** The first named perpetrator; the others are associated. */
        PERPETRATORS(List.of(ActorRole.PERPETRATOR), ""),
        /** The first named authority (police, a ministry, a court), coded as state forces. */
        AUTHORITIES(List.of(ActorRole.AUTHORITY), "1"),
        /** The first named organiser; other organisers and participants are associated. */
        ORGANISERS(List.of(ActorRole.ORGANISER, ActorRole.PARTICIPANT), "");

        private final List<ActorRole> roles;
        private final String inter1;

        Lead(List<ActorRole> roles, String inter1) {
            this.roles = roles;
            this.inter1 = inter1;
        }

        /** The actor roles that fill {@code actor1} and {@code assoc_actor_1}, in that order of preference. */
        public List<ActorRole> roles() {
            return roles;
        }

        /** ACLED's actor type code for {@code actor1}, empty when not known. */
        public String inter1() {
            return inter1;
        }
    }

    private final EventKind kind;
    private final String disorderType;
    private final String eventType;
    private final String subEventType;
    private final Lead lead;

    AcledCoding(EventKind kind, String disorderType, String eventType, String subEventType, Lead lead) {
        this.kind = kind;
        this.disorderType = disorderType;
        this.eventType = eventType;
        this.subEventType = subEventType;
        this.lead = lead;
    }

    public static AcledCoding of(EventKind kind) {
        Objects.requireNonNull(kind, "kind");
        for (AcledCoding coding : values()) {
            if (coding.kind == kind) {
                return coding;
            }
        }
        throw new IllegalArgumentException("no ACLED coding for kind " + kind);
    }

    public EventKind kind() {
        return kind;
    }

    public String disorderType() {
        return disorderType;
    }

    public String eventType() {
        return eventType;
    }

    public String subEventType() {
        return subEventType;
    }

    public Lead lead() {
        return lead;
    }
}
