/**
 * Candidate claims found in a preserved text: figures with their qualifier, the cities (from the
 * GeoNames gazetteer) and dates (Gregorian and Solar Hijri) they belong to, each with a quote the
 * matcher finds. Pure Java; the gazetteer is read from the classpath once.
 */
package org.vigil.sources.suggestions;
