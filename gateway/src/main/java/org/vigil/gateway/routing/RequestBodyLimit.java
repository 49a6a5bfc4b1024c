package org.vigil.gateway.routing;

import io.netty.channel.socket.DuplexChannel;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.gateway.problem.Problem;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem. A
 * declared {@code Content-Length} is refused here, before anything is read or forwarded (Quarkus'
 * own check would answer with an empty 413); a chunked body is counted while it streams, see
 * {@link ReverseProxy}. After a refusal the connection is closed, but not at once: closing a socket
 * with unread bytes makes the kernel send a reset, and a client that writes its whole body before it
 * reads (most do) would get that reset instead of the 413. So, as nginx's lingering close does, the
 * answer's end is signalled by half-closing (no more bytes from us), and what the client still sends
 * is read and thrown away until it closes its side or its body ends, for at most {@link #LINGER} and
 * at most {@link #DISCARDED_AT_MOST} times the limit, then the connection is closed.
 *
 * <p>The cap counts what arrives after the 413 is written, not what was read before: with a cap of
 * one limit, whether a client writing a body just over the limit saw its 413 once depended on the
 * transport (Java's selector happened to read part of the body before the 413 was written; Linux's
 * epoll wrote the 413 first, so the cap fell inside such a body and the close reset it). The
 * half-close waits for the 413's write to complete: shut down earlier, Netty drops what is queued.
 */
@ApplicationScoped
public class RequestBodyLimit implements Handler<RoutingContext> {

    static final Duration LINGER = Duration.ofSeconds(5);
    /** A refused client may send this many times the limit after its refusal before it is cut off. */
    static final int DISCARDED_AT_MOST = 2;

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
        // once written, not once ended: the half-close below must not overtake the answer's bytes
        Problem.tooLarge(limit).send(rc.response()).onComplete(written -> {
            if (written.succeeded()) {
                discardThenClose(rc.request());
            } else {
                rc.request().connection().close();
            }
        });
    }

    private void discardThenClose(HttpServerRequest in) {
        HttpConnection connection = in.connection();
        boolean bodyHeldBack = "100-continue".equalsIgnoreCase(in.getHeader(HttpHeaders.EXPECT));
        if (in.isEnded() || bodyHeldBack) {
            connection.close();
            return;
        }
        // the answer is whole: a client reading only after its last byte finds it, then the end
        shutdownOutput(connection);
        long cap = DISCARDED_AT_MOST * limit;
        long[] discarded = {0};
        long timer = vertx.setTimer(LINGER.toMillis(), id -> connection.close());
        in.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > cap) {
                vertx.cancelTimer(timer);
                connection.close();
            }
        });
        in.endHandler(v -> {
            vertx.cancelTimer(timer);
            connection.close();
        });
        in.exceptionHandler(failure -> vertx.cancelTimer(timer));
        in.resume();
    }

    /**
     * Half-closes the client's connection: Vert.x has no call for it, its Netty channel (Java's
     * selector or epoll, both duplex) has. Where the channel cannot, the linger works without it.
     */
    private static void shutdownOutput(HttpConnection connection) {
        if (connection instanceof ConnectionBase base && base.channel() instanceof DuplexChannel channel) {
            channel.shutdownOutput();
        }
    }
}
