package org.vigil.moderation.publication;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.vigil.contracts.events.EventPublished;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.moderation.claims.PublicEvent;

/**
 * Keeps the projection of the public record up to date from {@code EventPublished}. A late copy
 * of an older version never overwrites a newer one. Values that would not make an outline
 * (coordinates without their pair, an end before the start) are dropped rather than kept wrong.
 * Runs in the inbox's transaction.
 */
@ApplicationScoped
public class PublicEventRecording {

    @Inject
    Clock clock;

    public Uni<Void> record(EventPublished published) {
        return PublicEvent.<PublicEvent>findById(published.eventId()).chain(known -> {
            if (known != null && known.version >= published.version()) {
                return Uni.createFrom().voidItem();
            }
            EventPublished.Outline outline = published.outline();
            PublicEvent event = known != null ? known : new PublicEvent();
            event.eventId = published.eventId();
            event.version = published.version();
            event.kind = outline.kind();
            event.title = outline.title();
            event.startDate = day(outline.start(), true);
            event.endDate = day(outline.end(), false);
            if (event.startDate != null && event.endDate != null && event.endDate.isBefore(event.startDate)) {
                event.endDate = null;
            }
            boolean located = outline.lat() != null
                    && outline.lon() != null
                    && Math.abs(outline.lat()) <= 90
                    && Math.abs(outline.lon()) <= 180;
            event.lat = located ? outline.lat() : null;
            event.lon = located ? outline.lon() : null;
            event.countryCode = outline.countryCode();
            event.city = outline.city();
            event.retracted = published.retracted();
            event.receivedAt = clock.instant();
            return known != null ? Uni.createFrom().voidItem() : event.persist().replaceWithVoid();
        });
    }

    /** A day, or the first (last) day of a reduced-precision date; null when absent or unreadable. */
    static LocalDate day(String text, boolean first) {
        if (text == null || text.isBlank() || !EdtfDate.isValid(text)) {
            return null;
        }
        EdtfDate date = EdtfDate.parse(text);
        return first ? date.start() : date.end();
    }
}
