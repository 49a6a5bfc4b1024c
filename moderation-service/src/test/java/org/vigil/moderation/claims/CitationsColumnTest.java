package org.vigil.moderation.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

class CitationsColumnTest {

    private static final UUID SOURCE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID PUBLISHER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final CitationsColumn column = new CitationsColumn();

    @Test
    void aPendingCitationIsStoredFlatWithItsNullsNamed() {
        String stored = column.convertToDatabaseColumn(
                List.of(Citation.pending(0, null, "https://example.org/a", "quote", "before", null)));

        assertEquals(
                "[{\"position\":0,\"sourceId\":null,\"sourceUrl\":\"https://example.org/a\",\"sourceTitle\":null,"
                        + "\"sourceVersion\":null,\"versionSuppliedBy\":null,\"exact\":\"quote\",\"prefix\":\"before\",\"suffix\":null,\"quoteCheck\":\"pending\","
                        + "\"start\":null,\"end\":null,\"publisherId\":null,\"publisher\":null,\"rating\":null}]",
                stored);
    }

    @Test
    void aCheckedCitationReadsBackAndIsStoredAgainUnchanged() {
        String stored = "[{\"position\":1,\"sourceId\":\"" + SOURCE + "\",\"sourceUrl\":\"https://example.org/a\","
                + "\"sourceTitle\":\"A title\",\"sourceVersion\":3,"
                + "\"versionSuppliedBy\":\"contributor-7fq3k-2mxa9\",\"exact\":\"quote\",\"prefix\":null,\"suffix\":\"after\","
                + "\"quoteCheck\":\"found\",\"start\":10,\"end\":15,\"publisherId\":\"" + PUBLISHER + "\","
                + "\"publisher\":\"Example News\",\"rating\":\"reliable\"}]";

        List<Citation> read = column.convertToEntityAttribute(stored);

        assertEquals(QuoteCheck.FOUND, read.get(0).quoteCheck());
        assertEquals(Rating.RELIABLE, read.get(0).rating());
        assertEquals(PUBLISHER, read.get(0).publisherId());
        assertEquals("contributor-7fq3k-2mxa9", read.get(0).versionSuppliedBy());
        assertEquals(stored, column.convertToDatabaseColumn(read));
    }

    @Test
    void aNewRatingReachesOnlyItsPublishersCitations() {
        Citation cited = column.convertToEntityAttribute("[{\"position\":0,\"publisherId\":\"" + PUBLISHER
                        + "\",\"rating\":\"reliable\",\"quoteCheck\":\"found\"}]")
                .get(0);

        assertEquals(
                Rating.UNRELIABLE, cited.rated(PUBLISHER, Rating.UNRELIABLE).rating());
        assertEquals(
                Rating.RELIABLE,
                cited.rated(UUID.randomUUID(), Rating.UNRELIABLE).rating());
    }
}
