package org.vigil.events.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vigil.events.record.EventRecord;

/**
 * The shapes of the record's answers as the OpenAPI document names them. The record is served as
 * the JSON it is stored as, without object mapping on the hot path, so these types are never
 * instantiated: they tell a client generator what that JSON holds.
 */
final class PublicShapes {

    private PublicShapes() {}

    @Schema(
            name = "EventPage",
            description = "A page of events; an item is the event without its figures' claims and its sources")
    record EventPage(
            @Schema(required = true) List<EventRecord> items,

            @Schema(description = "The cursor of the next page; null on the last", nullable = true)
            String nextCursor) {}

    @Schema(name = "FieldDiff", description = "One field of the event, from what to what")
    record FieldDiff(
            @Schema(required = true) String field,

            @Schema(description = "The value before; null when there was none", nullable = true)
            Object from,

            @Schema(description = "The value after; null when there is none", nullable = true)
            Object to) {}

    @Schema(
            name = "ChangeType",
            enumeration = {"created", "updated", "merged", "retracted"},
            description = "What a syncing partner does: fetch a new event, fetch it again, or drop it")
    enum ChangeType {
        created,
        updated,
        merged,
        retracted
    }

    @Schema(
            name = "Change",
            description =
                    "One change to the public record, with the claim and decisions behind it; never who made them")
    /** A class, not a record: its seventeen fields would make a seventeen-argument constructor. */
    static final class Change {
        @Schema(required = true)
        long position;

        @Schema(description = "In the change feed: where to continue after this entry")
        String cursor;

        @Schema(required = true)
        UUID eventId;

        @Schema(required = true)
        ChangeType type;

        @Schema(
                required = true,
                description = "Precisely what happened, e.g. created, field_changed, figure_changed, "
                        + "claim_retracted, merged, absorbed, retracted")
        String change;

        String field;

        @Schema(nullable = true)
        UUID claimId;

        List<UUID> decisionIds;

        @Schema(required = true)
        long revision;

        @Schema(required = true)
        Instant at;

        List<FieldDiff> diff;
        String reason;
        UUID mergedInto;
        UUID mergedFrom;
        UUID publisherId;
        String publisher;
        String rating;

        private Change() {}
    }

    @Schema(name = "ChangePage", description = "A page of changes, oldest first")
    record ChangePage(
            @Schema(required = true) List<Change> items,

            @Schema(description = "The cursor of the next page; null on the last", nullable = true)
            String nextCursor) {}

    @Schema(name = "Merged", description = "Where a merged event went")
    record Merged(UUID id, UUID mergedInto) {}

    @Schema(name = "LargestAttendance")
    record LargestAttendance(UUID eventId, long low) {}

    @Schema(name = "StatsSummary")
    record StatsSummary(
            long events,
            long rallies,
            long countries,
            long cities,
            @Schema(nullable = true) LargestAttendance largestAttendance) {}

    @Schema(name = "CountGroup")
    record CountGroup(
            @Schema(required = true) String key,

            @Schema(description = "For groups by city: the city's country")
            String country,

            @Schema(required = true) long count) {}

    @Schema(name = "StatsCounts")
    record StatsCounts(@Schema(required = true) List<CountGroup> groups) {}

    record Campaign(
            @Schema(required = true) String name,
            @Schema(required = true) long events) {}

    record CampaignPage(
            @Schema(required = true) List<Campaign> items,
            @Schema(description = "null at the end") String nextCursor) {}

    @Schema(name = "Tally", description = "A count a source gives for many events at once; never counted as events")
    record Tally(
            @Schema(required = true) String id,
            @Schema(required = true) String kind,
            String subject,
            String period,
            Object place,
            Object count) {}

    record TallyPage(
            @Schema(required = true) List<Tally> items,
            @Schema(description = "null at the end") String nextCursor) {}
}
