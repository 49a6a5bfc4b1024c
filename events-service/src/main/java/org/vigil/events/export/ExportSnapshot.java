package org.vigil.events.export;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Cursor;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One export's rows read through a server-side cursor, in one read-only transaction: the whole
 * export sees the record as it was when it started (a page-by-page walk would see events move
 * under it), and the database reads the rows as {@code COPY} would, with one scan and one sort,
 * instead of one heap page per row in index order. The price is a connection held for the
 * export's duration, which is why {@link EventExports} allows only a few at a time.
 */
final class ExportSnapshot {

    private final SqlConnection connection;
    private final Transaction transaction;
    private final Cursor cursor;
    private boolean read;

    private ExportSnapshot(SqlConnection connection, Transaction transaction, Cursor cursor) {
        this.connection = connection;
        this.transaction = transaction;
        this.cursor = cursor;
    }

    /**
     * Opens the cursor over {@code sql}. The planner is told the whole result will be read
     * ({@code cursor_tuple_fraction = 1}), so it plans for the last row, as for {@code COPY}, not
     * for the first few. A client that stops reading for a minute ends the transaction (and the
     * export, visibly cut off), so no stalled download holds back the database's clean-up.
     */
    static Uni<ExportSnapshot> open(Pool pool, String sql, Tuple params) {
        return pool.getConnection()
                .chain(connection -> connection
                        .begin()
                        .chain(transaction -> connection
                                .query("set transaction isolation level repeatable read, read only")
                                .execute()
                                .chain(() -> connection
                                        .query("set local cursor_tuple_fraction = 1")
                                        .execute())
                                .chain(() -> connection
                                        .query("set local idle_in_transaction_session_timeout = '60s'")
                                        .execute())
                                .chain(() -> connection.prepare(sql))
                                .map(statement ->
                                        new ExportSnapshot(connection, transaction, statement.cursor(params))))
                        .onFailure()
                        .call(connection::close));
    }

    /** The next {@code count} rows; {@code null} once every row has been read. */
    Uni<RowSet<Row>> read(int count) {
        if (read && !cursor.hasMore()) {
            return Uni.createFrom().nullItem();
        }
        read = true;
        return cursor.read(count);
    }

    /** Ends the transaction (it changed nothing) and gives the connection back, however the export ended. */
    Uni<Void> close() {
        return cursor.close()
                .onFailure()
                .recoverWithNull()
                .chain(() -> transaction.rollback())
                .onFailure()
                .recoverWithNull()
                .eventually(connection::close);
    }
}
