package org.vigil.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.Rating;

class ModerationEventFactoriesTest {

    private static final UUID SOURCE = UUID.randomUUID();
    private static final UUID PUBLISHER = UUID.randomUUID();

    @Test
    void anApprovedQuoteNamesItsPublisherAndRating() {
        var citation = ClaimApproved.Citation.quoting(SOURCE, "https://example.org/a", "A", "quote", 3, 8)
                .publishedBy(PUBLISHER, "Example News", Rating.RELIABLE);

        assertEquals(
                new ClaimApproved.Citation(
                        SOURCE,
                        "https://example.org/a",
                        "A",
                        new ClaimApproved.Quote("quote", 3, 8),
                        PUBLISHER,
                        "Example News",
                        Rating.RELIABLE,
                        false),
                citation);
    }

    @Test
    void aQuoteInARegisteredSourceCarriesNoDocument() {
        var citation = ReportSubmitted.Citation.inRegistered(2, SOURCE, "quote", "before", "after");

        assertEquals(SOURCE, citation.sourceId());
        assertNull(citation.source());
    }

    @Test
    void aQuoteInAnInlineDocumentCarriesNoSourceId() {
        var document = new SourceDocument("https://example.org/a", null, null, null, null, "en", "the text", null);

        var citation = ReportSubmitted.Citation.inDocument(0, document, "text", null, null);

        assertNull(citation.sourceId());
        assertEquals(document, citation.source());
    }

    @Test
    void aRevisionIsAnnouncedAsItsReportWithOnlyTheRevisedClaim() {
        UUID report = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        var claim = new ReportSubmitted.Claim(UUID.randomUUID(), ClaimProperty.EXISTENCE, null, List.of());

        var revised = ReportSubmitted.revised(report, event, claim);

        assertEquals(new ReportSubmitted(report, event, List.of(claim)), revised);
    }
}
