package org.vigil.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.client.ApiClient;
import org.vigil.client.ApiException;
import org.vigil.client.api.EventResourceApi;
import org.vigil.client.api.ReportResourceApi;
import org.vigil.client.model.CitationRequest;
import org.vigil.client.model.Claim;
import org.vigil.client.model.ClaimState;
import org.vigil.client.model.EventKind;
import org.vigil.client.model.EventPage;
import org.vigil.client.model.Existence;
import org.vigil.client.model.ExistenceClaim;
import org.vigil.client.model.ModerationSourceRequest;
import org.vigil.client.model.Place;
import org.vigil.client.model.PlacePrecision;
import org.vigil.client.model.ReportAccepted;
import org.vigil.client.model.ReportRequest;

/**
 * A partner integrating with the Java client openapi-generator makes from docs/openapi.json (the
 * document the gateway serves, kept so by {@link OpenApiDocumentIT}): it submits a report with its
 * client-credentials token and, once moderators approved it, finds the event in the list.
 */
class GeneratedClientIT extends OnThePlatform {

    private ApiClient partnerClient() {
        String token = api.partnerToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(platform.gateway());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aGeneratedClientSubmitsAReportAndListsTheEvents() throws ApiException {
        String marker = UUID.randomUUID().toString();
        String quote = "About two thousand people rallied in Leipzig on 14 February";
        ReportRequest report = new ReportRequest()
                .note("from the generated client (" + marker + ")")
                .addClaimsItem(new Claim(new ExistenceClaim()
                        .property(ExistenceClaim.PropertyEnum.EXISTENCE)
                        .value(new Existence()
                                .kind(EventKind.RALLY)
                                .title("Generated client rally in Leipzig (" + marker + ")")
                                .date("2026-02-14")
                                .place(new Place()
                                        .countryCode("DE")
                                        .city("Leipzig")
                                        .precision(PlacePrecision.CITY)))
                        .addCitationsItem(new CitationRequest()
                                .source(new ModerationSourceRequest()
                                        .url("https://news.example.org/leipzig?e2e=" + marker)
                                        .title("Rally in Leipzig")
                                        .language("en")
                                        .text("Saturday. " + quote + ", the organisers said. (" + marker + ")"))
                                .exact(quote))));

        ReportAccepted accepted = new ReportResourceApi(partnerClient())
                .submitReport(report, UUID.randomUUID().toString());
        assertEquals("pending", accepted.getStatus());
        String claim = accepted.getClaims().stream()
                .map(ClaimState::getId)
                .findFirst()
                .orElseThrow()
                .toString();

        // moderators are people in the web app, not a partner's client: they approve as the other ITs do
        api.approveOnceQuotesFound(accepted.getId().toString(), List.of(claim));

        EventResourceApi events = new EventResourceApi(partnerClient());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            EventPage page = events.listEvents(
                    null, null, "leipzig", null, "DE", null, null, null, 200, null, null, null, null, null);
            assertTrue(
                    page.getItems().stream()
                            .anyMatch(event -> accepted.getEventId().equals(event.getId())),
                    "the approved event is listed");
        });
    }
}
