package org.vigil.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OTLP/HTTP collector in the test JVM: the platform's processes export their spans here
 * ({@code VIGIL_OTLP_ENDPOINT}). It reads the few protobuf fields the tests look at, by hand, so
 * that no generated OTLP classes are needed.
 *
 * <p>Every e2e test runs traced, so a run exports many spans (16,629 in a run of five of the ITs). The
 * collector keeps whole spans only of the traces a test
 * {@linkplain #follow follows}, and of all the others the names of their attributes; it takes each
 * export in at once, on two threads. It once kept every span in a copy-on-write list served by one
 * thread: each span received copied all before it, so the cost of an export grew with the run
 * (a batch of 512 spans took 59 ms at 100,000 spans and 7 s at 150,000 on the loaded machine), and a
 * slow collector makes the processes' export queues (2,048 spans each) drop spans.
 */
final class TraceCollector implements AutoCloseable {

    /** One exported span: which process sent it, its place in its trace, its attribute names. */
    record ExportedSpan(
            String service,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            int kind,
            Set<String> attributes) {
        static final int SERVER = 2;
        static final int CONSUMER = 5;
    }

    private final HttpServer server;
    private final ExecutorService readers = Executors.newFixedThreadPool(2);
    private final Map<String, Queue<ExportedSpan>> followed = new ConcurrentHashMap<>();
    /** Each attribute name any span carried, with the first span that did. */
    private final Map<String, ExportedSpan> attributeNames = new ConcurrentHashMap<>();

    private final AtomicLong received = new AtomicLong();

    TraceCollector() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            read(ByteBuffer.wrap(body));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(readers);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Keeps the spans of this trace (lower-case hex) from now on; {@link #trace} answers them. */
    void follow(String traceId) {
        followed.putIfAbsent(traceId, new ConcurrentLinkedQueue<>());
    }

    /** The spans received so far of a trace {@linkplain #follow followed} before it began. */
    List<ExportedSpan> trace(String traceId) {
        Queue<ExportedSpan> spans = followed.get(traceId);
        return spans == null ? List.of() : List.copyOf(spans);
    }

    /** How many spans have been received, from every process. */
    long received() {
        return received.get();
    }

    /** The names of the attributes any span received carried, each with the first span that carried it. */
    Map<String, ExportedSpan> attributeNames() {
        return Map.copyOf(attributeNames);
    }

    @Override
    public void close() {
        server.stop(0);
        readers.shutdownNow();
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    private void read(ByteBuffer request) {
        for (Field field : fields(request)) {
            if (field.number == 1) {
                readResourceSpans(field.bytes);
            }
        }
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    private void readResourceSpans(ByteBuffer resourceSpans) {
        String service = "?";
        List<ByteBuffer> scopeSpans = new ArrayList<>();
        for (Field field : fields(resourceSpans)) {
            if (field.number == 1) {
                for (Field attribute : fields(field.bytes)) { // Resource { repeated KeyValue attributes = 1; }
                    if (attribute.number == 1 && "service.name".equals(key(attribute.bytes))) {
                        service = stringValue(attribute.bytes);
                    }
                }
            } else if (field.number == 2) {
                scopeSpans.add(field.bytes);
            }
        }
        for (ByteBuffer scope : scopeSpans) {
            for (Field field :
                    fields(scope)) { // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
                if (field.number == 2) {
                    keep(readSpan(service, field.bytes));
                }
            }
        }
    }

    private void keep(ExportedSpan span) {
        received.incrementAndGet();
        span.attributes().forEach(name -> attributeNames.putIfAbsent(name, span));
        Queue<ExportedSpan> trace = followed.get(span.traceId());
        if (trace != null) {
            trace.add(span);
        }
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5;
    //        SpanKind kind = 6; repeated KeyValue attributes = 9; }
    private static ExportedSpan readSpan(String service, ByteBuffer span) {
        String traceId = "", spanId = "", parent = "", name = "";
        int kind = 0;
        Set<String> attributes = new TreeSet<>();
        for (Field field : fields(span)) {
            switch (field.number) {
                case 1 -> traceId = hex(field.bytes);
                case 2 -> spanId = hex(field.bytes);
                case 4 -> parent = hex(field.bytes);
                case 5 -> name = text(field.bytes);
                case 6 -> kind = (int) field.varint;
                case 9 -> attributes.add(key(field.bytes));
                default -> {}
            }
        }
        return new ExportedSpan(service, traceId, spanId, parent, name, kind, attributes);
    }

    // KeyValue { string key = 1; AnyValue value = 2; }  AnyValue { string string_value = 1; ... }
    private static String key(ByteBuffer keyValue) {
        for (Field field : fields(keyValue)) {
            if (field.number == 1) {
                return text(field.bytes);
            }
        }
        return "";
    }

    private static String stringValue(ByteBuffer keyValue) {
        for (Field field : fields(keyValue)) {
            if (field.number == 2) {
                for (Field value : fields(field.bytes)) {
                    if (value.number == 1) {
                        return text(value.bytes);
                    }
                }
            }
        }
        return "";
    }

    private record Field(int number, long varint, ByteBuffer bytes) {}

    /** The fields of one protobuf message, in order (wire types 0, 1, 2 and 5). */
    private static List<Field> fields(ByteBuffer message) {
        ByteBuffer in = message.duplicate();
        List<Field> fields = new ArrayList<>();
        while (in.hasRemaining()) {
            long tag = varint(in);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> fields.add(new Field(number, varint(in), null));
                case 1 -> in.position(in.position() + 8);
                case 2 -> {
                    int length = (int) varint(in);
                    ByteBuffer bytes = in.slice(in.position(), length);
                    in.position(in.position() + length);
                    fields.add(new Field(number, 0, bytes));
                }
                case 5 -> in.position(in.position() + 4);
                default -> throw new IllegalStateException("unexpected wire type in " + tag);
            }
        }
        return fields;
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static String text(ByteBuffer bytes) {
        return StandardCharsets.UTF_8.decode(bytes.duplicate()).toString();
    }

    private static String hex(ByteBuffer bytes) {
        byte[] raw = new byte[bytes.remaining()];
        bytes.duplicate().get(raw);
        return HexFormat.of().formatHex(raw);
    }
}
