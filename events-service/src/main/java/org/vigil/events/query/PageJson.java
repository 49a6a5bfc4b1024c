package org.vigil.events.query;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list page's JSON, {@code {"items":[…],"nextCursor":…}}, written straight from the stored
 * documents into one buffer of exactly its size, the bytes the service sends and its ETag hashes.
 * Jackson wrote the same bytes from a {@code Page} of raw values, but through its own growing
 * buffer, a copy of that into an array (to hash it) and a copy of the array into the response:
 * 80 KB allocated for a 28 KB page, now 28 KB, in a heap that under the benchmark's load was
 * collected in full every few seconds (docs/benchmark.md, "Throughput", session 11).
 */
public record PageJson(Buffer json, String nextCursor) {

    private static final byte[] ITEMS = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NO_NEXT = "],\"nextCursor\":null}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT = "],\"nextCursor\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\"}".getBytes(StandardCharsets.US_ASCII);

    /** {@code documents}, each a JSON value as stored, and the cursor after them ({@code null} on the last page). */
    public static PageJson of(List<String> documents, String nextCursor) {
        byte[] cursor =
                nextCursor == null ? null : JsonStringEncoder.getInstance().quoteAsUTF8(nextCursor);
        int[] lengths = new int[documents.size()];
        int size = ITEMS.length + Math.max(0, documents.size() - 1);
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = ByteBufUtil.utf8Bytes(documents.get(i));
            size += lengths[i];
        }
        size += cursor == null ? NO_NEXT.length : NEXT.length + cursor.length + END.length;
        ByteBuf json = Unpooled.buffer(size);
        json.writeBytes(ITEMS);
        for (int i = 0; i < lengths.length; i++) {
            if (i > 0) {
                json.writeByte(',');
            }
            // reserving the document's exact length: writeUtf8 alone reserves three bytes a character
            // and would grow (copy) the buffer
            ByteBufUtil.reserveAndWriteUtf8(json, documents.get(i), lengths[i]);
        }
        if (cursor == null) {
            json.writeBytes(NO_NEXT);
        } else {
            json.writeBytes(NEXT).writeBytes(cursor).writeBytes(END);
        }
        return new PageJson(Buffer.buffer(json), nextCursor);
    }
}
