package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.claims.TimeOfDay;
import org.vigil.events.record.EventRecord;

class SchemaOrgEventTest {

    private static final Function<UUID, URI> PAGES = id -> URI.create("https://vigil.example/events/" + id);

    private static JsonNode jsonLd(EventRecord event) {
        return SchemaOrgEvent.of(event, PAGES, "https://creativecommons.org/licenses/by/4.0/");
    }

    @Test
    void isASchemaOrgEventNamedByItsTitleAndPage() {
        JsonNode doc = jsonLd(Events.munich());
        assertEquals("https://schema.org", doc.get("@context").asText());
        assertEquals("Event", doc.get("@type").asText());
        assertEquals(
                "https://vigil.example/events/" + Events.MUNICH_ID,
                doc.get("@id").asText());
        assertEquals("Global day of action rally in Munich", doc.get("name").asText());
        assertEquals("https://schema.org/EventScheduled", doc.get("eventStatus").asText());
    }

    @Test
    void anOnlineIncidentIsAtAVirtualLocationCoveringTheCountriesItTargets() {
        JsonNode location = jsonLd(Events.withPlace(Events.PHISHING)).get("location");
        assertEquals("VirtualLocation", location.get("@type").asText());
        assertEquals(
                "GB", location.get("spatialCoverage").get(0).get("identifier").asText());
        assertEquals(
                "DE", location.get("spatialCoverage").get(1).get("identifier").asText());
    }

    @Test
    void anOnlineIncidentIsAttendedOnline() {
        assertEquals(
                "https://schema.org/OnlineEventAttendanceMode",
                jsonLd(Events.withPlace(Events.PHISHING))
                        .get("eventAttendanceMode")
                        .asText());
    }

    @Test
    void aLocalTimeInTheZoneOfThePlaceStartsAtThatTimeWithItsOffset() {
        EventRecord london = Events.withDate("2026-01-16").toBuilder()
                .time(new TimeOfDay("18:00", "Europe/London"))
                .build();
        assertEquals("2026-01-16T18:00:00Z", jsonLd(london).get("startDate").asText());
    }

    @Test
    void aLocalTimeWithoutZoneStartsAtThatLocalTime() {
        EventRecord munich = Events.withDate("2026-02-14").toBuilder()
                .time(new TimeOfDay("14:00", null))
                .build();
        assertEquals("2026-02-14T14:00:00", jsonLd(munich).get("startDate").asText());
    }

    @Test
    void aDayStartsAndEndsThatDay() {
        JsonNode doc = jsonLd(Events.munich());
        assertEquals("2026-02-14", doc.get("startDate").asText());
        assertEquals("2026-02-14", doc.get("endDate").asText());
    }

    @Test
    void aMonthIsGivenAtMonthPrecision() {
        JsonNode doc = jsonLd(Events.withDate("2026-01"));
        assertEquals("2026-01", doc.get("startDate").asText());
        assertEquals("2026-01", doc.get("endDate").asText());
    }

    @Test
    void anOpenEndIsLeftOut() {
        JsonNode doc = jsonLd(Events.withDate("2026-01-11/.."));
        assertEquals("2026-01-11", doc.get("startDate").asText());
        assertFalse(doc.has("endDate"));
    }

    @Test
    void theLocationIsAPlaceWithAddressAndCoordinates() {
        JsonNode location = jsonLd(Events.munich()).get("location");
        assertEquals("Place", location.get("@type").asText());
        assertEquals("Munich, Bavaria, Germany", location.get("name").asText());
        assertEquals("DE", location.get("address").get("addressCountry").asText());
        assertEquals("Munich", location.get("address").get("addressLocality").asText());
        assertEquals(48.137, location.get("geo").get("latitude").asDouble());
        assertEquals(11.575, location.get("geo").get("longitude").asDouble());
    }

    @Test
    void theCountryItConcernsIsWhatItIsAbout() {
        JsonNode about = jsonLd(Events.munich()).get("about");
        assertEquals("Country", about.get("@type").asText());
        assertEquals("Iran", about.get("name").asText());
    }

    @Test
    void itsSourcesAreCreativeWorksAboutIt() {
        JsonNode source = jsonLd(Events.munich()).get("subjectOf").get(0);
        assertEquals("CreativeWork", source.get("@type").asText());
        assertEquals(Events.WIKIPEDIA.url(), source.get("url").asText());
        assertEquals("Wikipedia", source.get("publisher").get("name").asText());
    }

    @Test
    void organisersAreOrganizersAndPartOfIsSuperEvent() {
        JsonNode doc = jsonLd(Events.munich());
        assertEquals(
                "Iranian Diaspora Munich",
                doc.get("organizer").get(0).get("name").asText());
        assertEquals(
                "https://vigil.example/events/" + Events.GLOBAL_DAY_ID,
                doc.get("superEvent").get(0).get("@id").asText());
    }

    @Test
    void anEventWithoutSummaryActorsOrSourcesLeavesThoseOut() {
        JsonNode doc = jsonLd(Events.withTitle("A rally"));
        assertFalse(doc.has("description"));
        assertFalse(doc.has("organizer"));
        assertFalse(doc.has("subjectOf"));
        assertFalse(doc.has("about"));
    }

    @Test
    void aSourceWhoseQuoteWasNotFoundSaysSo() {
        JsonNode source =
                jsonLd(Events.munichOnAnUnverifiedQuote()).get("subjectOf").get(0);
        assertEquals(SchemaOrgEvent.UNVERIFIED, source.get("creativeWorkStatus").asText());
    }

    @Test
    void aVerifiedSourceHasNoStatus() {
        assertFalse(jsonLd(Events.munich()).get("subjectOf").get(0).has("creativeWorkStatus"));
    }

    @Test
    void theDocumentNamesTheDataLicence() {
        assertEquals(
                "https://creativecommons.org/licenses/by/4.0/",
                jsonLd(Events.munich()).get("license").asText());
    }
}
