package org.vigil.events.export;

import java.util.List;
import java.util.Objects;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.events.record.EventRecord;

/**
 * How an event is coded in ACLED's taxonomy for the CSV export: disorder type, event type,
 * sub-event type, and which of the event's actors stand as ACLED's {@code actor1} and
 * {@code actor2}. Derived from the record, never typed in: the kind gives the coding
 * ({@link #of(EventKind)}), and for a demonstration the approved figures and actors refine it
 * ({@link Demonstration}). This enum, {@link Demonstration} and the tables in {@code docs/acled.md}
 * are the same tables; change them together.
 *
 * <p>ACLED codes only physical demonstrations as protests, so petitions and open letters become
 * strategic developments. Threats, phishing and intimidation are not violence in ACLED's sense
 * (no physical force), so they are strategic developments too; a physical attack on protesters by
 * anyone is violence against civilians.
 */
public enum AcledCoding {
    PEACEFUL_PROTEST(Disorder.DEMONSTRATIONS, "Protests", "Peaceful protest", Lead.PROTESTERS),
    PROTEST_WITH_INTERVENTION(Disorder.DEMONSTRATIONS, "Protests", "Protest with intervention", Lead.PROTESTERS),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(
            Disorder.VIOLENCE_AND_DEMONSTRATIONS, "Protests", "Excessive force against protesters", Lead.FORCE),
    VIOLENT_DEMONSTRATION(Disorder.DEMONSTRATIONS, "Riots", "Violent demonstration", Lead.RIOTERS),
    ATTACK(Disorder.POLITICAL_VIOLENCE, "Violence against civilians", "Attack", Lead.PERPETRATORS),
    THREAT(Disorder.STRATEGIC, "Strategic developments", "Other", Lead.PERPETRATORS),
    CHANGE_TO_GROUP_ACTIVITY(
            Disorder.STRATEGIC, "Strategic developments", "Change to group/activity", Lead.AUTHORITIES),
    ARRESTS(Disorder.STRATEGIC, "Strategic developments", "Arrests", Lead.AUTHORITIES),
    OTHER_BY_ORGANISERS(Disorder.STRATEGIC, "Strategic developments", "Other", Lead.ORGANISERS),
    OTHER_BY_AUTHORITIES(Disorder.STRATEGIC, "Strategic developments", "Other", Lead.AUTHORITIES);

    /** ACLED's {@code disorder_type} values used here. */
    static final class Disorder {
        static final String DEMONSTRATIONS = "Demonstrations";
        static final String POLITICAL_VIOLENCE = "Political violence";
        static final String VIOLENCE_AND_DEMONSTRATIONS = "Political violence; Demonstrations";
        static final String STRATEGIC = "Strategic developments";

        private Disorder() {}
    }

    /**
     * Who stands as {@code actor1} and {@code actor2}. ACLED's {@code inter1}/{@code inter2} are the
     * actor type codes of its codebook: 1 state forces, 5 rioters, 6 protesters, 7 civilians. Vigil
     * does not know what kind of group a named perpetrator or organiser is, so their code stays
     * empty rather than guessed.
     */
    public enum Lead {
        /** "Protesters (Country)", organisers and participants associated; an authority that intervened is actor2. */
        PROTESTERS(List.of(ActorRole.ORGANISER, ActorRole.PARTICIPANT), "6", List.of(ActorRole.AUTHORITY), "1"),
        /** "Rioters (Country)", organisers and participants associated; the authority they clashed with is actor2. */
        RIOTERS(List.of(ActorRole.ORGANISER, ActorRole.PARTICIPANT), "5", List.of(ActorRole.AUTHORITY), "1"),
        /** The authority (else perpetrator) that used force is actor1; "Protesters (Country)" actor2. */
        FORCE(
                List.of(ActorRole.AUTHORITY, ActorRole.PERPETRATOR),
                "1",
                List.of(ActorRole.ORGANISER, ActorRole.PARTICIPANT),
                "6"),
        /** The first named perpetrator; the others are associated; the first target is actor2. */
        PERPETRATORS(List.of(ActorRole.PERPETRATOR), "", List.of(ActorRole.TARGET), ""),
        /** The first named authority (police, a ministry, a court), coded as state forces; the first target is actor2. */
        AUTHORITIES(List.of(ActorRole.AUTHORITY), "1", List.of(ActorRole.TARGET), ""),
        /** The first named organiser; other organisers and participants are associated; the first target is actor2. */
        ORGANISERS(List.of(ActorRole.ORGANISER, ActorRole.PARTICIPANT), "", List.of(ActorRole.TARGET), "");

        private final List<ActorRole> roles;
        private final String inter1;
        private final List<ActorRole> otherRoles;
        private final String inter2;

        Lead(List<ActorRole> roles, String inter1, List<ActorRole> otherRoles, String inter2) {
            this.roles = roles;
            this.inter1 = inter1;
            this.otherRoles = otherRoles;
            this.inter2 = inter2;
        }

        /** The actor roles that fill {@code actor1} and {@code assoc_actor_1}, in that order of preference. */
        public List<ActorRole> roles() {
            return roles;
        }

        /** ACLED's actor type code for {@code actor1}, empty when not known. */
        public String inter1() {
            return inter1;
        }

        /** The actor roles that fill {@code actor2} and {@code assoc_actor_2}. */
        public List<ActorRole> otherRoles() {
            return otherRoles;
        }

        /** ACLED's actor type code for {@code actor2}, empty when not known. */
        public String inter2() {
            return inter2;
        }
    }

    private final String disorderType;
    private final String eventType;
    private final String subEventType;
    private final Lead lead;

    AcledCoding(String disorderType, String eventType, String subEventType, Lead lead) {
        this.disorderType = disorderType;
        this.eventType = eventType;
        this.subEventType = subEventType;
        this.lead = lead;
    }

    /** The coding of an event of {@code kind} before its figures are looked at: the kind table. */
    public static AcledCoding of(EventKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case RALLY, COUNTER_PROTEST -> PEACEFUL_PROTEST;
            case ATTACK -> ATTACK;
            case THREAT -> THREAT;
            case RESTRICTION -> CHANGE_TO_GROUP_ACTIVITY;
            case ARREST -> ARRESTS;
            case PETITION, OTHER -> OTHER_BY_ORGANISERS;
            case OFFICIAL_ACTION -> OTHER_BY_AUTHORITIES;
        };
    }

    /** The coding of {@code event}: the kind table, refined for a demonstration by what was approved about it. */
    public static AcledCoding of(EventRecord event) {
        AcledCoding byKind = of(event.kind());
        return byKind == PEACEFUL_PROTEST ? Demonstration.of(event).coding() : byKind;
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

    /** ACLED's {@code civilian_targeting}: violence whose main target is civilians, protesters included. */
    public boolean targetsCivilians() {
        return this == ATTACK || this == EXCESSIVE_FORCE_AGAINST_PROTESTERS;
    }
}
