package org.vigil.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.vigil.telemetry.TraceParent;

/**
 * Carries a trace across the outbox and the broker. The context is taken when the outbox row is
 * written (inside the request or message that caused it), not when the relay sends it: the relay
 * works for many rows at once, and a span of its own would start a trace unrelated to the change.
 * The consumer continues the trace with a span whose parent is the writer's.
 */
@ApplicationScoped
public class MessageTraces {

    /** The AMQP application property, named like the W3C header it holds. */
    public static final String TRACEPARENT = TraceParent.NAME;

    @Inject
    Tracer tracer;

    /** The current trace as a {@code traceparent} value; null outside traced work or with tracing off. */
    public String current() {
        return TraceParent.current();
    }

    /**
     * Runs {@code work} inside a consumer span that continues {@code traceparent} (a new trace when
     * it is null or malformed); the span is current until the work ends, so what the work writes to
     * the outbox carries the same trace on.
     */
    public <T> Uni<T> continued(String traceparent, String name, Supplier<Uni<T>> work) {
        Context parent = TraceParent.parentOf(traceparent);
        AtomicReference<Scope> scope = new AtomicReference<>();
        AtomicReference<Span> span = new AtomicReference<>();
        return Uni.createFrom()
                .deferred(() -> {
                    Span started = tracer.spanBuilder(name)
                            .setParent(parent)
                            .setSpanKind(SpanKind.CONSUMER)
                            .setAttribute("messaging.system", "amqp")
                            .setAttribute("messaging.operation.type", "process")
                            .startSpan();
                    span.set(started);
                    scope.set(started.makeCurrent());
                    return work.get();
                })
                .onFailure()
                .invoke(failure -> {
                    Span started = span.get();
                    if (started != null) {
                        started.recordException(failure);
                        started.setStatus(StatusCode.ERROR);
                    }
                })
                .onTermination()
                .invoke(() -> {
                    Span started = span.get();
                    if (started != null) {
                        started.end();
                    }
                    Scope current = scope.get();
                    if (current != null) {
                        current.close();
                    }
                });
    }
}
