package org.vigil.contracts.claims;

import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.FigureValue;

/**
 * The value of a {@code tally} claim: a count a source gives for many events at once, "Germany
 * held 27 rallies in the ten days between 11 and 20 January" ({@code kind} rally, {@code place}
 * DE, {@code period} 2026-01-11/2026-01-20, {@code count} exactly 27, {@code subject} events). A
 * tally is never an event and never counted as one; it is shown beside the record's own counts.
 *
 * @param place a country, a city in it, or a scope ({@code online}, {@code transnational});
 *     {@code null} for a worldwide count
 */
public record Tally(EventKind kind, Place place, EdtfDate period, FigureValue count, TallySubject subject) {}
