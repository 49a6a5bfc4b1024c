package org.vigil.moderation.sources;

/**
 * sources-service could not say whether a cited source is registered (it did not answer in time,
 * refused the connection, failed, or moderation could not get a token to ask it). A report that
 * depends on the answer is refused with 503 and {@code Retry-After}: accepting it would let an
 * unknown source through to a quote check that can only fail.
 */
public class SourcesUnreachable extends RuntimeException {

    /** How long a client should wait before trying again: about what a restart of the service takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public SourcesUnreachable(String why) {
        super(why, null, false, false);
    }
}
