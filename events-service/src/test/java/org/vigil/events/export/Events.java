package org.vigil.events.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.vigil.contracts.claims.ActorRole;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.PlacePrecision;
import org.vigil.contracts.claims.PlaceScope;
import org.vigil.contracts.claims.RelationType;
import org.vigil.contracts.vocabulary.Affected;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;
import org.vigil.contracts.vocabulary.Rating;
import org.vigil.events.record.CitedSource;
import org.vigil.events.record.EventActor;
import org.vigil.events.record.EventRecord;
import org.vigil.events.record.EventRelation;
import org.vigil.events.record.Figure;
import org.vigil.events.record.FigureClaim;
import org.vigil.events.record.Figures;

/** Public events for export tests, built directly so each test changes one thing. */
final class Events {

    static final UUID MUNICH_ID = UUID.fromString("3f2c4b1e-9a7d-4c55-8e21-0b6f5d2a9c10");
    static final UUID GLOBAL_DAY_ID = UUID.fromString("00000000-0000-4000-8000-00000000000d");
    static final Instant UPDATED = Instant.parse("2026-02-15T09:30:00Z");
    static final Place MUNICH = new Place("DE", "Bavaria", "Munich", null, 48.137, 11.575, PlacePrecision.CITY);
    static final CitedSource WIKIPEDIA = new CitedSource(
            UUID.fromString("00000000-0000-4000-8000-0000000000a1"),
            "https://en.wikipedia.org/wiki/2026_Iranian_diaspora_protests",
            "2026 Iranian diaspora protests",
            "Wikipedia",
            Rating.MIXED);

    static final Place PHISHING = Place.scoped(PlaceScope.ONLINE, List.of("GB", "DE"));

    private Events() {}

    static EventRecord munich() {
        return EventRecord.builder(MUNICH_ID, EventKind.RALLY, EdtfDate.parse("2026-02-14"), MUNICH)
                .title("Global day of action rally in Munich")
                .concerns("IR")
                .campaign("Global day of action")
                .actors(List.of(
                        new EventActor("Iranian Diaspora Munich", ActorRole.ORGANISER, List.of(UUID.randomUUID()))))
                .relations(List.of(new EventRelation(RelationType.PART_OF, GLOBAL_DAY_ID, List.of(UUID.randomUUID()))))
                .figures(new Figures(attendance(over(250_000)), null, null, null))
                .sources(List.of(WIKIPEDIA))
                .updatedAt(UPDATED)
                .build();
    }

    /** The Munich rally resting on Wikipedia alone, whose quote was not found in it (approved anyway). */
    static EventRecord munichOnAnUnverifiedQuote() {
        CitedSource unverified = new CitedSource(
                WIKIPEDIA.sourceId(),
                WIKIPEDIA.url(),
                WIKIPEDIA.title(),
                WIKIPEDIA.publisher(),
                WIKIPEDIA.rating(),
                true);
        return munich().toBuilder().sources(List.of(unverified)).build();
    }

    static EventRecord bare(EventKind kind, String title, EdtfDate date, Place place) {
        return EventRecord.builder(UUID.randomUUID(), kind, date, place)
                .title(title)
                .updatedAt(UPDATED)
                .build();
    }

    static EventRecord withTitle(String title) {
        return bare(EventKind.RALLY, title, EdtfDate.parse("2026-02-14"), MUNICH);
    }

    static EventRecord withDate(String edtf) {
        return bare(EventKind.RALLY, "A rally", EdtfDate.parse(edtf), MUNICH);
    }

    static EventRecord withPlace(Place place) {
        return bare(EventKind.RALLY, "A rally", EdtfDate.parse("2026-02-14"), place);
    }

    static EventRecord withActors(EventKind kind, EventActor... actors) {
        EventRecord bare = bare(kind, "An event", EdtfDate.parse("2026-02-14"), MUNICH);
        return bare.toBuilder().actors(List.of(actors)).build();
    }

    static EventRecord withFigures(EventKind kind, Figures figures) {
        EventRecord bare = bare(kind, "An event", EdtfDate.parse("2026-02-14"), MUNICH);
        return bare.toBuilder().figures(figures).build();
    }

    static EventActor actor(String name, ActorRole role) {
        return new EventActor(name, role, List.of(UUID.randomUUID()));
    }

    static Figure attendance(FigureClaim... claims) {
        return Figure.of(List.of(claims));
    }

    static FigureClaim claim(Long low, Long high, Qualifier qualifier) {
        return FigureClaim.of(
                UUID.randomUUID(), new FigureValue(low, high, qualifier, EstimatedBy.MEDIA, null), List.of(), UPDATED);
    }

    /** A claim of exactly {@code n} people hurt among {@code who}. */
    static FigureClaim hurt(long n, Affected who) {
        return FigureClaim.of(
                UUID.randomUUID(),
                new FigureValue(n, n, Qualifier.EXACT, EstimatedBy.MEDIA, null, who),
                List.of(),
                UPDATED);
    }

    static FigureClaim over(long low) {
        return claim(low, null, Qualifier.OVER);
    }

    static FigureClaim exact(long n) {
        return claim(n, n, Qualifier.EXACT);
    }
}
