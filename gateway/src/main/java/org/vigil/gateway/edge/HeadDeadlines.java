package org.vigil.gateway.edge;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.core.net.impl.TCPServerBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Puts a {@link HeadDeadline} first on every connection the plain HTTP listeners accept, and
 * tells it when a request was answered so the next head on a keep-alive connection is timed too;
 * ahead of it, {@link InvalidRequestProblems}, which makes an unreadable head's answer a problem.
 *
 * <p>Neither Quarkus nor Vert.x 4.5 lets an application onto a connection before its first request
 * head is complete (Quarkus keeps the {@code HttpServer}'s connection handler for itself), so the
 * guard goes one level down: onto the listening Netty channel, ahead of Netty's acceptor, where
 * each accepted connection passes through before Vert.x builds its pipeline. The listening channel
 * is a private field of Vert.x's {@code TCPServerBase}; if a Vert.x upgrade moves it, the start
 * fails loudly rather than running unguarded.
 */
@ApplicationScoped
public class HeadDeadlines implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(HeadDeadlines.class);

    @Inject
    Vertx vertx;

    @Inject
    @ConfigProperty(name = "vigil.edge.header-timeout")
    Duration deadline;

    /**
     * Quarkus fires this (asynchronously) once its HTTP listener is bound; a connection accepted in
     * the moment before is not guarded (the idle timeout still ends it).
     */
    void install(@ObservesAsync HttpServerStart started) {
        for (TCPServerBase server : ((VertxInternal) vertx).sharedHttpServers().values()) {
            if (!options(server).isSsl()) {
                guard(listeningChannel(server));
            }
        }
    }

    /** Marks the request answered on its connection, so the connection's next head gets its own deadline. */
    @Override
    public void handle(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2
                && context.request().connection() instanceof ConnectionBase connection) {
            Channel channel = connection.channel();
            context.addEndHandler(ended -> {
                // the answer normally ends on the connection's own event loop: no task hop then
                if (channel.eventLoop().inEventLoop()) {
                    awaitNextHead(channel);
                } else {
                    channel.eventLoop().execute(() -> awaitNextHead(channel));
                }
            });
        }
        context.next();
    }

    private static void awaitNextHead(Channel channel) {
        if (channel.pipeline().get(HeadDeadline.NAME) instanceof HeadDeadline guard) {
            guard.awaitNextHead();
        }
    }

    private void guard(Channel listening) {
        if (listening.pipeline().get(Acceptor.class) == null) {
            listening.pipeline().addFirst(new Acceptor(deadline));
            LOG.debugf("request heads must arrive within %s", deadline);
        }
    }

    /** On the listening channel: each accepted connection (the message read) gets its guard first. */
    private static final class Acceptor extends ChannelInboundHandlerAdapter {

        private final Duration deadline;

        Acceptor(Duration deadline) {
            this.deadline = deadline;
        }

        @Override
        public boolean isSharable() {
            return true;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof Channel accepted) {
                accepted.pipeline().addFirst(HeadDeadline.NAME, new HeadDeadline(deadline));
                // an unreadable head (too long a URL or headers) is answered as a problem too
                accepted.pipeline().addFirst(InvalidRequestProblems.NAME, InvalidRequestProblems.INSTANCE);
            }
            super.channelRead(ctx, msg);
        }
    }

    private static NetServerOptions options(TCPServerBase server) {
        return (NetServerOptions) field(server, "options");
    }

    private static Channel listeningChannel(TCPServerBase server) {
        Future<?> bound = (Future<?>) field(server, "bindFuture");
        return (Channel) bound.result();
    }

    private static Object field(TCPServerBase server, String name) {
        try {
            Field field = TCPServerBase.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vert.x changed: cannot reach " + name + " of its HTTP server", e);
        }
    }
}
