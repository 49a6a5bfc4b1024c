package org.vigil.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.gateway.problem.Problem;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. A
 * declared {@code Content-Length} is refused here, before anything is read or forwarded (Quarkus'
 * own check would answer with an empty 413); a chunked body is counted while it streams, see
 * {@link ReverseProxy}. After a refusal the connection is closed, but not at once: a client that
 * writes its whole body before it reads (most do) would hit a reset and never see the 413. So
 * what is still coming is read and thrown away, as nginx's lingering close does, for at most
 * {@link #LINGER} and at most as many bytes again as the limit, then the connection is closed.
 */
@ApplicationScoped
public class RequestBodyLimit implements Handler<RoutingContext> {

    static final Duration LINGER = Duration.ofSeconds(5);

    private final long limit;
    private final Vertx vertx;

    RequestBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, Vertx vertx) {
        this.limit = limit.asLongValue();
        this.vertx = vertx;
    }

    public long bytes() {
        return limit;
    }

    @Override
    public void handle(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            refuse(rc);
            return;
        }
        rc.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    void refuse(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            rc.request().connection().close();
            return;
        }
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        rc.response().endHandler(v -> discardThenClose(rc.request()));
        Problem.tooLarge(limit).send(rc.response());
    }

    private void discardThenClose(HttpServerRequest in) {
        boolean bodyHeldBack = "100-continue".equalsIgnoreCase(in.getHeader(HttpHeaders.EXPECT));
        if (in.isEnded() || bodyHeldBack) {
            in.connection().close();
            return;
        }
        long[] discarded = {0};
        long timer = vertx.setTimer(LINGER.toMillis(), id -> in.connection().close());
        in.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > limit) {
                vertx.cancelTimer(timer);
                in.connection().close();
            }
        });
        in.endHandler(v -> {
            vertx.cancelTimer(timer);
            in.connection().close();
        });
        in.exceptionHandler(failure -> vertx.cancelTimer(timer));
        in.resume();
    }
}
