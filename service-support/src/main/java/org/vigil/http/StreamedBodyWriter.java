package org.vigil.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.concurrent.Flow;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes a {@link StreamedBody}'s chunks straight onto the Vert.x response, as they are. A
 * {@code Multi<Buffer>} returned by a resource goes through RESTEasy Reactive's streaming, which
 * copies every chunk four or five times on the way (a byte stream, its array, a prefixed array, a
 * buffer): for a million-event export, hundreds of young collections (docs/benchmark.md, "Exports
 * at the database's speed"). Here each chunk is written once.
 *
 * <p>Two chunks at most are in flight: the next is made while the previous is written, and no
 * further until it is, so a slow client holds back the database reads rather than filling memory.
 * The status and headers (the resource's and the response filters') are sent with the first
 * chunk. A failure half-way resets the connection rather than ending the body, so a client never
 * takes a truncated file for a whole one; a client that goes away cancels the chunks.
 */
@Provider
public class StreamedBodyWriter implements ServerMessageBodyWriter<StreamedBody> {

    private static final Logger LOG = Logger.getLogger(StreamedBodyWriter.class);

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return StreamedBody.class.isAssignableFrom(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return StreamedBody.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(StreamedBody body, Type genericType, ServerRequestContext context) {
        // the context is RESTEasy Reactive's own, over Vert.x; its response is what the chunks go to
        HttpServerResponse response =
                ((ResteasyReactiveRequestContext) context).serverRequest().unwrap(HttpServerResponse.class);
        context.serverResponse().setChunked(true);
        Chunks chunks = new Chunks(response);
        context.serverResponse().addCloseHandler(chunks::cancel);
        body.chunks().subscribe().withSubscriber(chunks);
    }

    /** Only reached with a writer interceptor, which would hold the whole body: there is none. */
    @Override
    public void writeTo(
            StreamedBody body,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out) {
        throw new IllegalStateException("a streamed body is written onto the connection, not through a stream");
    }

    /** The chunks of one response, requested as the earlier ones are written. */
    private static final class Chunks implements Flow.Subscriber<Buffer> {

        private final HttpServerResponse response;
        private volatile Flow.Subscription subscription;
        private volatile boolean cancelled;

        Chunks(HttpServerResponse response) {
            this.response = response;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (cancelled) {
                subscription.cancel();
            } else {
                subscription.request(2);
            }
        }

        @Override
        public void onNext(Buffer chunk) {
            response.write(chunk).onComplete(written -> {
                if (written.succeeded()) {
                    subscription.request(1);
                } else {
                    cancel();
                }
            });
        }

        @Override
        public void onError(Throwable failure) {
            LOG.error("A streamed response failed half-way; its connection is reset", failure);
            response.reset();
        }

        @Override
        public void onComplete() {
            response.end();
        }

        /** The client went away (or a write failed): nothing more is read for it. */
        void cancel() {
            cancelled = true;
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }
    }
}
