/**
 * Text as quotes are checked against it: the canonical form a text is fingerprinted in, the
 * folding that lets a quote match across typography and scripts, and the matcher that places a
 * W3C TextQuoteSelector in a preserved text. Pure Java, no I/O.
 */
package org.vigil.sources.quotes;
