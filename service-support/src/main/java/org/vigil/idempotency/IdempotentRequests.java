package org.vigil.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.reactive.mutiny.Mutiny;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.problem.ProblemException;

/**
 * Honours the {@code Idempotency-Key} header of a {@code POST}: the first request with a key is
 * carried out and its answer stored in the same transaction as its effect; a retry with the same
 * key and the same body gets that answer again and changes nothing; the same key with another body
 * is a 422. Keys live {@link #LIFETIME}, then {@link IdempotencyPurge} drops them.
 *
 * <p>Concurrent retries: the first to insert the key's row holds it until its transaction ends; a
 * second waits on the primary key, then finds the committed answer and replays it (or, if the first
 * rolled back, carries the request out itself). A failed request (any 4xx or 5xx problem) rolls back
 * with its effect, so nothing is remembered and a retry is carried out afresh.
 *
 * <p>Two ways in: {@link #once} for effects written through Hibernate Reactive's session, and
 * {@link #onConnection} for effects written with the reactive SQL client, which are handed the
 * connection whose transaction holds the key.
 *
 * <p>A service that uses it creates the {@code idempotent_request} table in a migration of its own
 * (see the moderation and sources services' {@code V3__idempotency.sql}) and sets
 * {@code vigil.idempotency.purge-every}.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final String CLAIM = """
            insert into idempotent_request (digest, fingerprint, created_at, expires_at)
            values (:digest, :fingerprint, now(), now() + make_interval(secs => :lifetime))
            on conflict (digest) do update
                set fingerprint = excluded.fingerprint, created_at = excluded.created_at,
                    expires_at = excluded.expires_at, status = null, body = null, location = null
                where idempotent_request.expires_at <= now()""";

    private static final String RECORD = """
            update idempotent_request set status = :status, body = :body, location = :location
            where digest = :digest""";

    private static final String FIND = """
            select fingerprint, status, body, location from idempotent_request where digest = :digest""";

    private static final Pattern NAMED_PARAMETER = Pattern.compile(":([a-z]+)");

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    /**
     * Answers {@code effect}'s response once per key. Without the header, simply runs the effect.
     *
     * @param keyHeader the {@code Idempotency-Key} header as received, or null
     * @param endpoint  the method and path, e.g. {@code POST /api/v1/reports}
     * @param caller    who sends it: a stable id of the account or client, never stored as such
     * @param request   the request as read; its JSON form is the fingerprint telling a retry apart
     * @param effect    carries the request out; its transaction joins the one opened here
     */
    public Uni<Response> once(
            String keyHeader, String endpoint, String caller, Object request, Supplier<Uni<Response>> effect) {
        Optional<IdempotencyKey> key = IdempotencyKey.parse(keyHeader);
        if (key.isEmpty()) {
            return effect.get();
        }
        IdempotentRequest keyed = new IdempotentRequest(endpoint, caller, key.get(), fingerprintOf(request));
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> claim(session, keyed)
                        .chain(claimed -> claimed
                                ? effect.get().call(answer -> record(session, keyed, answer))
                                : replay(session, keyed))));
    }

    /**
     * As {@link #once}, for an effect written with the reactive SQL client: it runs on the
     * connection, and in the transaction, that holds the key's row, so its writes and the stored
     * answer commit together.
     *
     * @param seal how the stored answer is kept at rest (see {@link AnswerSeal})
     */
    public Uni<Response> onConnection(
            String keyHeader,
            String endpoint,
            String caller,
            Object request,
            AnswerSeal seal,
            Function<SqlConnection, Uni<Response>> effect) {
        Optional<IdempotencyKey> key = IdempotencyKey.parse(keyHeader);
        if (key.isEmpty()) {
            return pool.withTransaction(effect);
        }
        IdempotentRequest keyed = new IdempotentRequest(endpoint, caller, key.get(), fingerprintOf(request));
        return pool.withTransaction(connection -> connection
                .preparedQuery(positional(CLAIM))
                .execute(Tuple.of(keyed.digest(), keyed.fingerprint(), (double) LIFETIME.toSeconds()))
                .chain(claimed -> claimed.rowCount() == 1
                        ? effect.apply(connection)
                                .call(answer -> connection
                                        .preparedQuery(positional(RECORD))
                                        .execute(Tuple.of(
                                                answer.getStatus(),
                                                seal.seal(bodyOf(answer), keyed.digest()),
                                                answer.getLocation() == null
                                                        ? null
                                                        : answer.getLocation().toString(),
                                                keyed.digest())))
                        : connection
                                .preparedQuery(positional(FIND))
                                .execute(Tuple.of(keyed.digest()))
                                .map(rows -> {
                                    Row row = rows.iterator().next();
                                    String body = row.getString("body");
                                    return replay(
                                            keyed,
                                            row.getString("fingerprint"),
                                            row.getInteger("status"),
                                            body == null ? null : seal.open(body, keyed.digest()),
                                            row.getString("location"));
                                })));
    }

    /** A statement with the reactive SQL client's {@code $n} for each {@code :name}, numbered as they first appear. */
    static String positional(String statement) {
        List<String> names = new ArrayList<>();
        return NAMED_PARAMETER.matcher(statement).replaceAll(match -> {
            if (!names.contains(match.group(1))) {
                names.add(match.group(1));
            }
            return "\\$" + (names.indexOf(match.group(1)) + 1);
        });
    }

    private static Uni<Boolean> claim(Mutiny.Session session, IdempotentRequest keyed) {
        return session.createNativeQuery(CLAIM)
                .setParameter("digest", keyed.digest())
                .setParameter("fingerprint", keyed.fingerprint())
                .setParameter("lifetime", (double) LIFETIME.toSeconds())
                .executeUpdate()
                .map(rows -> rows == 1);
    }

    private Uni<Integer> record(Mutiny.Session session, IdempotentRequest keyed, Response answer) {
        return session.createNativeQuery(RECORD)
                .setParameter("digest", keyed.digest())
                .setParameter("status", answer.getStatus())
                .setParameter("body", bodyOf(answer))
                .setParameter(
                        "location",
                        answer.getLocation() == null
                                ? null
                                : answer.getLocation().toString())
                .executeUpdate();
    }

    private static Uni<Response> replay(Mutiny.Session session, IdempotentRequest keyed) {
        return session.createNativeQuery(FIND)
                .setParameter("digest", keyed.digest())
                .getSingleResult()
                .map(found -> {
                    Object[] row = (Object[]) found;
                    return replay(
                            keyed,
                            (String) row[0],
                            row[1] == null ? null : ((Number) row[1]).intValue(),
                            (String) row[2],
                            (String) row[3]);
                });
    }

    private static Response replay(
            IdempotentRequest keyed, String fingerprint, Integer status, String body, String location) {
        if (!keyed.fingerprint().equals(fingerprint)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used within the last 24 hours for a different request; "
                            + "use a new key for a new request");
        }
        if (status == null) {
            throw ProblemException.conflict("a request with this Idempotency-Key is still being carried out");
        }
        return new StoredAnswer(status, body, location).replay();
    }

    private String fingerprintOf(Object request) {
        try {
            return IdempotentRequest.sha256(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request that was read can be written", e);
        }
    }

    private String bodyOf(Response answer) {
        Object entity = answer.getEntity();
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that can be sent can be written", e);
        }
    }
}
