package org.vigil.events.export;

import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.vocabulary.Affected;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.Figure;

/**
 * What the approved record says happened at a demonstration (a rally or counter-protest), as far
 * as ACLED's coding of it depends on it. The first row of this table that holds gives the coding
 * (docs/acled.md, "Demonstrations"):
 *
 * <ol>
 *   <li>police or other state forces were injured or killed: the demonstrators used force,
 *       {@code Riots / Violent demonstration};
 *   <li>anyone else was injured or killed (protesters, bystanders, or the sources do not say who):
 *       {@code Protests / Excessive force against protesters};
 *   <li>people were arrested, or an authority (police, a court) is named as an actor of the
 *       demonstration: {@code Protests / Protest with intervention};
 *   <li>none of these: {@code Protests / Peaceful protest}.
 * </ol>
 *
 * A figure counts when it can be more than zero: an approved "exact 0" says nothing happened.
 *
 * @param forcesHurt state forces among the injured or killed
 * @param peopleHurt anyone else among them, or injured or killed with nobody said
 * @param arrests people were arrested
 * @param authorityActed an authority is named among the event's actors
 */
record Demonstration(boolean forcesHurt, boolean peopleHurt, boolean arrests, boolean authorityActed) {

    /**
     * What {@code event}'s approved figures and actors say. An injured or killed figure whose
     * claims name the police ({@code who: police}) says state forces were hurt; any other group, or
     * claims that do not say whom they count, say other people were.
     */
    static Demonstration of(EventRecord event) {
        Figure injured = event.figures().injured();
        Figure killed = event.figures().killed();
        return new Demonstration(
                hurt(injured, Affected.POLICE) || hurt(killed, Affected.POLICE),
                hurtOtherThanPolice(injured) || hurtOtherThanPolice(killed),
                reports(event.figures().arrested()),
                event.actors().stream().anyMatch(actor -> actor.role() == ActorRole.AUTHORITY));
    }

    AcledCoding coding() {
        if (forcesHurt) {
            return AcledCoding.VIOLENT_DEMONSTRATION;
        }
        if (peopleHurt) {
            return AcledCoding.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        }
        if (arrests || authorityActed) {
            return AcledCoding.PROTEST_WITH_INTERVENTION;
        }
        return AcledCoding.PEACEFUL_PROTEST;
    }

    private static boolean hurt(Figure figure, Affected who) {
        Figure.Span span = figure == null ? null : figure.among(who);
        return span != null && (span.high() == null || span.high() > 0);
    }

    /** Whether anyone but the police was hurt: a group named so, or claims that name nobody. */
    private static boolean hurtOtherThanPolice(Figure figure) {
        if (figure == null) {
            return false;
        }
        boolean unnamed = figure.claims().stream()
                .anyMatch(claim -> claim.who() == null && (claim.high() == null || claim.high() > 0));
        return unnamed || hurt(figure, Affected.PROTESTERS) || hurt(figure, Affected.BYSTANDERS);
    }

    private static boolean reports(Figure figure) {
        return figure != null && (figure.high() == null || figure.high() > 0);
    }
}
