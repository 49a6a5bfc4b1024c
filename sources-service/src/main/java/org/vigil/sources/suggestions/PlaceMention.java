package org.vigil.sources.suggestions;

/** A city a text names, at {@code [start, end)} of the text it was found in. */
record PlaceMention(int start, int end, City city) {}
