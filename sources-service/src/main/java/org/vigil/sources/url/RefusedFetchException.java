package org.vigil.sources.url;

/** The platform will not connect to this host: it is or resolves to a non-public address. */
public class RefusedFetchException extends IllegalArgumentException {

    public RefusedFetchException(String host, String reason) {
        super("refusing to fetch from " + host + ": it is " + reason);
    }
}
