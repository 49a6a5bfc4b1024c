package org.vigil.contracts.vocabulary;

/**
 * The value of a figure claim (attendance, injured, killed, arrested). "Over 250,000" is
 * {@code low=250000, high=null, qualifier=over}; "between 3,000 and 5,000" is a {@code range}.
 * {@code words} keeps the source's own wording when it was vague ("tens of thousands").
 */
public record FigureValue(Long low, Long high, Qualifier qualifier, EstimatedBy estimatedBy, String words) {}
