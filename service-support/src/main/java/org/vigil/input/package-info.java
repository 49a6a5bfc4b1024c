/**
 * What every request's input must be before a service reads it, enforced in one place per concern:
 * text without NUL characters or unpaired surrogates, in JSON bodies ({@link StrictJson}) as in
 * query and path parameters ({@link TextParameters}); JSON with nothing after it and no numbers
 * where strings belong ({@link StrictJson}); a declared body type ({@link BodyTypeRequired}); BCP 47
 * language tags and dates ({@link LanguageTag}, {@link PublicationDate}). A service turns the
 * request-wide checks on with {@code vigil.input.strict=true}.
 */
package org.vigil.input;
