package org.vigil.sources.suggestions;

import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.FigureValue;

/**
 * A figure a text states: the words {@code [start, end)} ("over 250,000"), how far the words
 * that say what it counts reach ("... people were injured"), what it counts and its value.
 */
record FigureMention(int start, int end, int reach, ClaimProperty property, FigureValue value) {}
