package org.vigil.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.standin.StandInService;
import org.vigil.gateway.standin.UpstreamStandIns;
import org.vigil.testing.OidcTestResource;

/**
 * A 50 MB export crosses the gateway whole, and the gateway streams it: the service holds after
 * its first megabyte until the client has received that megabyte, which a gateway that buffered
 * the answer could never deliver.
 */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStandIns.class)
class StreamingTest {

    private static final long TOTAL = 50L * 1024 * 1024;
    private static final long FIRST_PART = 1024 * 1024;

    @TestHTTPResource("/api/v1/events.csv")
    URI export;

    @Test
    void largeExportIsStreamedThroughWhole() throws Exception {
        StandInService events = UpstreamStandIns.events();
        events.holdNextExport();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(export + "?bytes=" + TOTAL + "&holdAfter=" + FIRST_PART))
                .GET()
                .build();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long received;
        try (InputStream body = response.body()) {
            received = body.readNBytes((int) FIRST_PART).length;
            events.release();
            byte[] buffer = new byte[256 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                received += n;
            }
        }

        assertThat(response.statusCode(), equalTo(200));
        assertThat(events.wasReleasedByClient(), equalTo(true));
        assertThat(received, equalTo(TOTAL));
    }
}
