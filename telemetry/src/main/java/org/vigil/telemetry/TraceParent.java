package org.vigil.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C {@code traceparent} value that carries a trace from one process to the next, whatever
 * the hop: an HTTP header from the gateway, an AMQP application property through the outbox.
 */
public final class TraceParent {

    /** The header's (and the message property's) name. */
    public static final String NAME = "traceparent";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParent() {}

    /** The current span's context; null outside a recorded span (and always while tracing is off). */
    public static String current() {
        if (!Span.current().getSpanContext().isValid()) {
            // nothing to propagate: asked on every request the gateway forwards, so no map for it
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(NAME);
    }

    /** The context {@code traceparent} names, to parent a span on; the root one when null or malformed. */
    public static Context parentOf(String traceparent) {
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), Map.of(NAME, traceparent), FROM_MAP);
    }
}
