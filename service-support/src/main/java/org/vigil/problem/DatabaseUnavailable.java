package org.vigil.problem;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether a failure means PostgreSQL could not be reached or went away (a restart, a failover),
 * rather than that the request itself went wrong: then the answer is 503 with
 * {@code Retry-After}, which a client may retry, not a 500, which says something is broken.
 */
public final class DatabaseUnavailable {

    /** How long a client should wait before trying again: about what a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof ConnectException
                        || cause instanceof ClosedConnectionException
                        || (cause instanceof PgException pg && unavailable(pg.getSqlState())));
    }

    /**
     * Whether PostgreSQL rolled the request's transaction back to settle a conflict with another
     * one: a deadlock (40P01; e.g. an approval naming a merged-away duplicate locks the survivor
     * after its own event while a merge locks them in the other order) or a serialization
     * failure (40001). Nothing was written, and the same request is expected to succeed when
     * sent again: a 503 to retry, not a 500.
     */
    public static boolean conflicted(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof PgException pg
                        && ("40P01".equals(pg.getSqlState()) || "40001".equals(pg.getSqlState())));
    }

    /** Whether {@code failure} or anything in its chain of causes (a cycle ends the walk) is {@code wanted}. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> wanted) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (wanted.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin or crash shutdown, "the
     * database system is starting up"): the server, not the statement.
     */
    private static boolean unavailable(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03"));
    }
}
