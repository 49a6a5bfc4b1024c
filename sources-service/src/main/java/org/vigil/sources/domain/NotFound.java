package org.vigil.sources.domain;

import java.util.UUID;

/** A caller named a source, version or publisher the evidence store does not hold. */
public class NotFound extends RuntimeException {

    private final String what;

    private NotFound(String what) {
        super(what + " does not exist");
        this.what = what;
    }

    public static NotFound source(UUID id) {
        return new NotFound("source " + id);
    }

    public static NotFound version(UUID sourceId, Integer number) {
        return new NotFound("version " + number + " of source " + sourceId);
    }

    public static NotFound publisher(UUID id) {
        return new NotFound("publisher " + id);
    }

    /** What was asked for, e.g. {@code source 0b7…}. */
    public String what() {
        return what;
    }
}
