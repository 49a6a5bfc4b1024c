package org.vigil.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/**
 * Slowloris: a request head must arrive whole within {@code vigil.edge.header-timeout} (3 s in
 * tests) of its first byte. A client dribbling its head a byte a second is cut off; a keep-alive
 * connection, busy or waiting between requests, is not.
 */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class HeadDeadlineTest {

    private static final String REQUEST = "GET /api/v1/events HTTP/1.1\r\nHost: gateway\r\n\r\n";

    @TestHTTPResource("/")
    URI gateway;

    private final ExecutorService dribbler = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopDribbling() {
        dribbler.shutdownNow();
    }

    @Test
    void connectionSendingItsHeadOneByteASecondIsClosedBeforeTheHeadIsComplete() throws Exception {
        try (Socket slow = new Socket(gateway.getHost(), gateway.getPort())) {
            slow.setSoTimeout(15_000);
            OutputStream out = slow.getOutputStream();
            byte[] head = REQUEST.getBytes(StandardCharsets.US_ASCII);
            Future<Integer> sent = dribbler.submit(() -> {
                int written = 0;
                try {
                    for (byte b : head) {
                        out.write(b);
                        out.flush();
                        written++;
                        Thread.sleep(1000);
                    }
                } catch (IOException | InterruptedException closed) {
                    // the gateway cut the connection: what we want
                }
                return written;
            });

            assertThat(readUntilClosed(slow.getInputStream()), equalTo(""));
            dribbler.shutdownNow();
            assertThat(sent.get(), lessThan(head.length));
        }
    }

    @Test
    void otherConnectionsAreServedWhileOneDribbles() throws Exception {
        try (Socket slow = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = slow.getOutputStream();
            out.write("GET /api/v1/ev".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            given().when().get("/api/v1/events").then().statusCode(200);
        }
    }

    @Test
    void keepAliveConnectionMakingTwoQuickRequestsAndWaitingLongerThanTheDeadlineIsNotCut() throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readAnswer(in), startsWith("HTTP/1.1 200"));
            out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readAnswer(in), startsWith("HTTP/1.1 200"));
            Thread.sleep(4_000);
            out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(readAnswer(in), startsWith("HTTP/1.1 200"));
        }
    }

    /** What arrives before the server closes the connection (an empty string: no answer at all). */
    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1) {
                received.write(b);
            }
        } catch (SocketException reset) {
            // a reset is a close too
        }
        return received.toString(StandardCharsets.US_ASCII);
    }

    /** One answer with a Content-Length body, leaving the connection open for the next. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("closed after " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(
                        line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(length);
        return text;
    }
}
