package org.vigil.http;

import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;

/**
 * A response body of chunks written onto the connection as they come ({@link StreamedBodyWriter}),
 * never held whole: a resource returns it, in a {@code RestResponse} when it sets headers, and the
 * response filters still see the headers before the first chunk is sent.
 */
public record StreamedBody(Multi<Buffer> chunks) {}
