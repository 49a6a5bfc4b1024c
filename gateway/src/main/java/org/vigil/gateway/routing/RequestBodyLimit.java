package org.vigil.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.gateway.problem.Problem;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. A
 * declared {@code Content-Length} is refused here, before anything is read or forwarded (Quarkus'
 * own check would answer with an empty 413); a chunked body is counted while it streams, see
 * {@link ReverseProxy}. The connection is closed after a refusal so the rest is never read.
 */
@ApplicationScoped
public class RequestBodyLimit implements Handler<RoutingContext> {

    private final long limit;

    RequestBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
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
        rc.response().endHandler(v -> rc.request().connection().close());
        Problem.tooLarge(limit).send(rc.response());
    }
}
