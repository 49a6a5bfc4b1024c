package org.vigil.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.vigil.http.StreamedBody;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * A streamed body (the exports) ends with HTTP's last chunk only when it is whole: a failure
 * half-way resets the connection, so a client never takes a truncated file for a whole one.
 * Read off the socket, where the difference shows.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class StreamedBodyTest {

    private static final String LAST_CHUNK = "0\r\n\r\n";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aWholeBodyEndsWithTheLastChunk() throws IOException {
        String answer = read("/test/streamed/whole");
        assertTrue(answer.endsWith("\r\n5\r\nfirst\r\n7\r\n,second\r\n" + LAST_CHUNK), answer);
    }

    @Test
    void aFailureHalfWayResetsTheConnectionWithoutTheLastChunk() throws IOException {
        String answer = read("/test/streamed/half-way");
        assertTrue(answer.startsWith("HTTP/1.1 200") && answer.contains("\r\n5\r\nfirst\r\n"), answer);
        assertFalse(answer.endsWith(LAST_CHUNK), answer);
    }

    /** The raw answer, up to its last chunk or to the connection's end, whichever comes first. */
    private String read(String path) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int read;
            try {
                while ((read = in.read(buffer)) >= 0) {
                    answer.write(buffer, 0, read);
                    if (answer.toString(StandardCharsets.US_ASCII).endsWith(LAST_CHUNK)) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // a reset connection: what was read so far is the answer
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
    }

    /** Two streamed bodies, whole and broken off: not part of the service's API. */
    @Path("/test/streamed")
    @PermitAll
    public static class Streams {

        @GET
        @Path("/whole")
        @Produces("text/plain")
        @Operation(hidden = true)
        @NonBlocking
        public StreamedBody whole() {
            return new StreamedBody(Multi.createFrom().items(Buffer.buffer("first"), Buffer.buffer(",second")));
        }

        @GET
        @Path("/half-way")
        @Produces("text/plain")
        @Operation(hidden = true)
        @NonBlocking
        public StreamedBody halfWay() {
            return new StreamedBody(Multi.createBy()
                    .concatenating()
                    .streams(
                            Multi.createFrom().item(Buffer.buffer("first")),
                            Multi.createFrom().failure(new IllegalStateException("the database went away"))));
        }
    }
}
