package org.vigil.sources.suggestions;

/** A date a text gives, as an EDTF string, at {@code [start, end)} of the text it was found in. */
record DateMention(int start, int end, String edtf) {}
