package org.vigil.contracts.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The value of a figure claim (attendance, injured, killed, arrested, signatures). "Over 250,000"
 * is {@code low=250000, high=null, qualifier=over}; "between 3,000 and 5,000" is a {@code range}.
 * {@code words} keeps the source's own wording when it was vague ("tens of thousands"); {@code who}
 * says whom an injured or killed figure counts, {@code null} when the source does not say.
 */
public record FigureValue(
        Long low,
        Long high,
        Qualifier qualifier,
        EstimatedBy estimatedBy,
        String words,
        @JsonInclude(JsonInclude.Include.NON_NULL) Affected who) {

    /** A figure that says nothing about whom it counts. */
    public FigureValue(Long low, Long high, Qualifier qualifier, EstimatedBy estimatedBy, String words) {
        this(low, high, qualifier, estimatedBy, words, null);
    }
}
