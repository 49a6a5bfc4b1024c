package org.vigil.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.QuoteCheck;
import org.vigil.contracts.vocabulary.Rating;

/**
 * Events whose components are grouped in Java travel as they always have: flat, under the same
 * names, so a message written before the grouping (in an outbox row or on the broker at an
 * upgrade) reads the same, and one written after reads in a service not yet upgraded.
 */
class GroupedEventWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID EVENT = UUID.fromString("6f1c2a44-0f43-4c1e-9d55-0d7a2b7a3c01");
    private static final UUID CLAIM = UUID.fromString("0b6f6f5e-3f0c-4a55-8f6f-6a1d2f9e4c02");
    private static final UUID SOURCE = UUID.fromString("9d2e4b1a-7c3f-4e8d-a1b2-c3d4e5f60703");
    private static final UUID PUBLISHER = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c04");

    private static final EventPublished.Outline OUTLINE = new EventPublished.Outline(
            EventKind.RALLY, "A rally in Berlin", "2026-02-14", "2026-02-14", "DE", "Berlin", 52.52, 13.405);

    @Test
    void anEventPublishedIsWrittenWithItsOutlineBesideItsId() throws Exception {
        String written = JSON.writeValueAsString(EventPublished.published(EVENT, 3, OUTLINE));

        assertEquals(
                List.of(
                        "eventId",
                        "version",
                        "kind",
                        "title",
                        "start",
                        "end",
                        "countryCode",
                        "city",
                        "lat",
                        "lon",
                        "retracted"),
                fieldNames(written));
    }

    @Test
    void anEventPublishedWrittenFlatReadsAsItsOutline() throws Exception {
        String flat = ("{'eventId':'" + EVENT + "','version':3,'kind':'rally','title':'A rally in Berlin',"
                        + "'start':'2026-02-14','end':'2026-02-14','countryCode':'DE','city':'Berlin',"
                        + "'lat':52.52,'lon':13.405,'retracted':true}")
                .replace('\'', '"');

        assertEquals(EventPublished.retracted(EVENT, 3, OUTLINE), JSON.readValue(flat, EventPublished.class));
    }

    @Test
    void aQuoteCheckedIsWrittenWithItsSourceUnderTheFlatNames() throws Exception {
        String written = JSON.writeValueAsString(checkedInSource());

        assertEquals(
                List.of(
                        "claimId",
                        "citationIndex",
                        "sourceId",
                        "sourceVersion",
                        "versionSuppliedBy",
                        "sourceUrl",
                        "sourceTitle",
                        "publisherId",
                        "publisher",
                        "rating",
                        "result",
                        "start",
                        "end"),
                fieldNames(written));
    }

    @Test
    void aQuoteCheckedWrittenFlatReadsAsItsSource() throws Exception {
        String flat = ("{'claimId':'" + CLAIM + "','citationIndex':1,'sourceId':'" + SOURCE + "','sourceVersion':2,"
                        + "'sourceUrl':'https://example.org/a','sourceTitle':'A','result':'found','start':3,'end':8,"
                        + "'publisherId':'" + PUBLISHER + "','publisher':'Example News','rating':'reliable',"
                        + "'versionSuppliedBy':'c-1f2e'}")
                .replace('\'', '"');

        assertEquals(checkedInSource(), JSON.readValue(flat, QuoteChecked.class));
    }

    @Test
    void aQuoteCheckedWithoutASourceReadsBackAsNone() throws Exception {
        QuoteChecked missing = QuoteChecked.sourceMissing(CLAIM, 0);

        assertEquals(missing, JSON.readValue(JSON.writeValueAsString(missing), QuoteChecked.class));
    }

    private static QuoteChecked checkedInSource() {
        var source = new QuoteChecked.CheckedSource(
                SOURCE, 2, "c-1f2e", "https://example.org/a", "A", PUBLISHER, "Example News", Rating.RELIABLE);
        return QuoteChecked.checked(CLAIM, 1, source, QuoteCheck.FOUND, 3, 8);
    }

    private static List<String> fieldNames(String json) throws Exception {
        List<String> names = new ArrayList<>();
        JSON.readTree(json).fieldNames().forEachRemaining(names::add);
        return names;
    }
}
