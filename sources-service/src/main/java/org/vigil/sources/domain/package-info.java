/**
 * What the evidence store keeps: sources, their preserved versions (never changed, never
 * deleted), publishers with their rating, and the check of every citation's quote.
 */
package org.vigil.sources.domain;
