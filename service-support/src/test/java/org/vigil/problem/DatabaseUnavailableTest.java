package org.vigil.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionBehindWrappersIsTheDatabaseBeingAway() {
        assertTrue(DatabaseUnavailable.causes(
                new CompletionException(new IllegalStateException(new ConnectException("Connection refused")))));
    }

    @Test
    void aConnectionClosedUnderAStatementIsTheDatabaseBeingAway() {
        assertTrue(DatabaseUnavailable.causes(new CompletionException(ClosedConnectionException.INSTANCE)));
    }

    @Test
    void aServerShuttingDownOrStartingUpIsTheDatabaseBeingAway() {
        assertTrue(DatabaseUnavailable.causes(
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)));
        assertTrue(DatabaseUnavailable.causes(
                new PgException("the database system is starting up", "FATAL", "57P03", null)));
    }

    @Test
    void aStatementTheServerRefusedIsNot() {
        assertFalse(DatabaseUnavailable.causes(new CompletionException(
                new PgException("null value in column kind violates not-null constraint", "ERROR", "23502", null))));
    }

    @Test
    void anOrdinaryBugIsNot() {
        assertFalse(DatabaseUnavailable.causes(new NullPointerException()));
    }

    @Test
    void aDeadlockOrASerializationFailureIsAConflictToRetryNotTheDatabaseBeingAway() {
        PgException deadlock = new PgException("deadlock detected", "ERROR", "40P01", null);
        PgException serialization =
                new PgException("could not serialize access due to concurrent update", "ERROR", "40001", null);
        assertTrue(DatabaseUnavailable.conflicted(new CompletionException(deadlock)));
        assertTrue(DatabaseUnavailable.conflicted(serialization));
        assertFalse(DatabaseUnavailable.causes(deadlock));
    }

    @Test
    void aRefusedStatementIsNoConflict() {
        assertFalse(DatabaseUnavailable.conflicted(
                new PgException("null value in column kind violates not-null constraint", "ERROR", "23502", null)));
    }
}
