package org.vigil.sources.url;

/** A URL that cannot name a source: not http or https, malformed, or carrying credentials. */
public class InvalidSourceUrlException extends IllegalArgumentException {

    public InvalidSourceUrlException(String message) {
        super(message);
    }
}
