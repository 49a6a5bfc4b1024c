package org.vigil.events.record;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.vigil.contracts.claims.Actor;
import org.vigil.contracts.claims.ClaimValues;
import org.vigil.contracts.claims.Existence;
import org.vigil.contracts.claims.InvalidClaimValue;
import org.vigil.contracts.claims.Place;
import org.vigil.contracts.claims.Relation;
import org.vigil.contracts.claims.TimeOfDay;
import org.vigil.contracts.events.ClaimApproved;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.contracts.vocabulary.EdtfDate;
import org.vigil.contracts.vocabulary.EventKind;
import org.vigil.contracts.vocabulary.FigureValue;

/**
 * The approved claims of one event and the public record they add up to (docs/product.md §2 "Figures from
 * claims"). Pure: the same claims always give the same record, whatever order they come in.
 *
 * <ul>
 *   <li>The event is public once it has an approved {@code existence} claim; without one there is
 *       no record.
 *   <li>Each single-valued {@link EventField} takes its value from the newest approved claim that
 *       states it (an {@code existence} claim, or a correction of that field: {@code kind},
 *       {@code title}, {@code date}, {@code place}, {@code concerns}) ({@link ApprovedClaim#NEWEST_FIRST}); the older ones are its
 *       {@linkplain #history(EventField) history}. A newer {@code existence} claim that leaves out
 *       {@code concerns} says nothing about it, so an older one still stands.
 *   <li>After a merge the surviving event keeps its own facts: a claim absorbed from the duplicate
 *       states a field only when the survivor's own claims do not, except that a place or date the
 *       duplicate knew more precisely (venue over city over region over country; fewer days) replaces
 *       the survivor's when it was absorbed after the survivor's own value was approved. A claim
 *       approved for the survivor after the merge is a moderator's choice and wins as usual.
 *   <li>Actors and relations accumulate over all claims.
 *   <li>Each figure spans all its claims, see {@link Figure}.
 * </ul>
 *
 * <p>The caller passes only approved claims that have not been retracted; retracting one is
 * computing again without it. The same claim passed twice (a redelivered message) counts once.
 */
public final class EventClaims {

    private static final Comparator<ApprovedClaim> OLDEST_FIRST = ApprovedClaim.NEWEST_FIRST.reversed();

    private final UUID eventId;
    /** Readable claims with their typed values, newest first. */
    private final List<Reading> readings;

    private final List<UnreadableClaim> unreadable;

    private EventClaims(UUID eventId, List<Reading> readings, List<UnreadableClaim> unreadable) {
        this.eventId = eventId;
        this.readings = readings;
        this.unreadable = unreadable;
    }

    /** The claims of event {@code eventId}, in any order. */
    public static EventClaims of(UUID eventId, Collection<ApprovedClaim> claims) {
        Objects.requireNonNull(eventId, "eventId");
        Map<UUID, ApprovedClaim> distinct = new LinkedHashMap<>();
        claims.forEach(claim -> distinct.putIfAbsent(claim.claimId(), claim));
        List<Reading> readings = new ArrayList<>();
        List<UnreadableClaim> unreadable = new ArrayList<>();
        distinct.values().stream().sorted(ApprovedClaim.NEWEST_FIRST).forEach(claim -> {
            try {
                Object value = read(claim);
                if (value instanceof Relation relation && relation.eventId().equals(eventId)) {
                    unreadable.add(new UnreadableClaim(
                            claim, List.of(new FieldError("value.eventId", "an event cannot relate to itself"))));
                } else {
                    readings.add(new Reading(claim, value));
                }
            } catch (InvalidClaimValue e) {
                unreadable.add(new UnreadableClaim(claim, e.errors()));
            }
        });
        return new EventClaims(eventId, List.copyOf(readings), List.copyOf(unreadable));
    }

    /** The public record, or nothing while no {@code existence} claim is approved. */
    public Optional<EventRecord> record() {
        if (readings.stream().noneMatch(reading -> reading.claim().property() == ClaimProperty.EXISTENCE)) {
            return Optional.empty();
        }
        return Optional.of(EventRecord.builder(
                        eventId, (EventKind) current(EventField.KIND), (EdtfDate) current(EventField.DATE), (Place)
                                current(EventField.PLACE))
                .title((String) current(EventField.TITLE))
                .time(time())
                .concerns((String) current(EventField.CONCERNS))
                .campaign((String) current(EventField.CAMPAIGN))
                .summary((String) current(EventField.SUMMARY))
                .actors(actors())
                .relations(relations())
                .figures(figures())
                .sources(sources())
                .updatedAt(readings.stream()
                        .map(reading -> reading.claim().approvedAt())
                        .max(Instant::compareTo)
                        .orElseThrow())
                .build());
    }

    /**
     * Every approved claim that states {@code field}, newest first: the first is the one the record
     * shows, the rest are what it replaced.
     */
    public List<ApprovedClaim> history(EventField field) {
        Reading shown = shown(field);
        return Stream.concat(
                        Stream.ofNullable(shown),
                        readings.stream().filter(reading -> reading != shown && reading.states(field) != null))
                .map(Reading::claim)
                .toList();
    }

    /** Approved claims left out because their value breaks the claim rules. */
    public List<UnreadableClaim> unreadable() {
        return unreadable;
    }

    /** The local time given by the claim whose date the record shows, or {@code null}. */
    private TimeOfDay time() {
        Reading dated = shown(EventField.DATE);
        if (dated == null) {
            return null;
        }
        return dated.value() instanceof Existence existence
                ? existence.time()
                : ClaimValues.timeOfDay(dated.claim().value());
    }

    private Object current(EventField field) {
        Reading shown = shown(field);
        return shown == null ? null : shown.states(field);
    }

    /** The claim whose value of {@code field} the record shows, or {@code null} when none states it. */
    private Reading shown(EventField field) {
        List<Reading> stating = readings.stream()
                .filter(reading -> reading.states(field) != null)
                .toList();
        Reading own = stating.stream()
                .filter(reading -> !reading.claim().isAbsorbed())
                .findFirst()
                .orElse(null);
        if (own == null) {
            return stating.isEmpty() ? null : stating.get(0);
        }
        if (field != EventField.PLACE && field != EventField.DATE) {
            return own;
        }
        Reading shown = own;
        for (Reading reading : stating) {
            if (reading.claim().isAbsorbed()
                    && reading.claim().absorbedAt().isAfter(own.claim().approvedAt())
                    && Precision.finer(reading.states(field), shown.states(field))) {
                shown = reading;
            }
        }
        return shown;
    }

    private List<Reading> oldestFirst(ClaimProperty property) {
        return readings.stream()
                .filter(reading -> reading.claim().property() == property)
                .sorted(Comparator.comparing(Reading::claim, OLDEST_FIRST))
                .toList();
    }

    private List<EventActor> actors() {
        Map<String, List<UUID>> claimIds = new LinkedHashMap<>();
        Map<String, Actor> firstSeen = new LinkedHashMap<>();
        for (Reading reading : oldestFirst(ClaimProperty.ACTOR)) {
            Actor actor = (Actor) reading.value();
            String key = folded(actor.name()) + "\u0000" + actor.role();
            firstSeen.putIfAbsent(key, actor);
            claimIds.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(reading.claim().claimId());
        }
        return firstSeen.entrySet().stream()
                .map(entry ->
                        new EventActor(entry.getValue().name(), entry.getValue().role(), claimIds.get(entry.getKey())))
                .toList();
    }

    /** The name as compared for sameness: compatibility-normalised, lower case, single spaces. */
    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    private List<EventRelation> relations() {
        Map<Relation, List<UUID>> claimIds = new LinkedHashMap<>();
        for (Reading reading : oldestFirst(ClaimProperty.RELATION)) {
            claimIds.computeIfAbsent((Relation) reading.value(), k -> new ArrayList<>())
                    .add(reading.claim().claimId());
        }
        return claimIds.entrySet().stream()
                .map(entry ->
                        new EventRelation(entry.getKey().type(), entry.getKey().eventId(), entry.getValue()))
                .toList();
    }

    private Figures figures() {
        Figures figures = Figures.NONE;
        for (ClaimProperty property : List.of(
                ClaimProperty.ATTENDANCE,
                ClaimProperty.INJURED,
                ClaimProperty.KILLED,
                ClaimProperty.ARRESTED,
                ClaimProperty.SIGNATURES)) {
            List<FigureClaim> claims = oldestFirst(property).stream()
                    .map(reading -> FigureClaim.of(reading.claim(), (FigureValue) reading.value()))
                    .toList();
            if (!claims.isEmpty()) {
                figures = figures.with(property, Figure.of(claims));
            }
        }
        return figures;
    }

    /**
     * The sources of the claims the record shows: those that win a field, and every actor,
     * relation and figure claim; each source once, in the order of the claims' approval. A source
     * is unverified when none of its quotes behind those claims was found in it.
     */
    private List<CitedSource> sources() {
        Set<ApprovedClaim> shown = new LinkedHashSet<>();
        for (EventField field : EventField.values()) {
            Reading reading = shown(field);
            if (reading != null) {
                shown.add(reading.claim());
            }
        }
        readings.stream()
                .filter(reading -> accumulates(reading.claim().property()))
                .forEach(reading -> shown.add(reading.claim()));
        Map<Object, CitedSource> sources = new LinkedHashMap<>();
        shown.stream()
                .sorted(OLDEST_FIRST)
                .flatMap(claim -> claim.citations().stream())
                .forEach(citation -> {
                    Object key = citation.sourceId() != null ? citation.sourceId() : citation.sourceUrl();
                    if (key != null) {
                        sources.merge(key, cited(citation), (first, next) -> first.isUnverified() ? next : first);
                    }
                });
        return List.copyOf(sources.values());
    }

    private static boolean accumulates(ClaimProperty property) {
        return property == ClaimProperty.ACTOR || property == ClaimProperty.RELATION || ClaimValues.isFigure(property);
    }

    private static CitedSource cited(ClaimApproved.Citation citation) {
        return new CitedSource(
                citation.sourceId(),
                citation.sourceUrl(),
                citation.sourceTitle(),
                citation.publisher(),
                citation.rating(),
                citation.unverified() ? Boolean.TRUE : null);
    }

    private static Object read(ApprovedClaim claim) {
        return switch (claim.property()) {
            case EXISTENCE -> ClaimValues.existence(claim.value());
            case DATE -> ClaimValues.date(claim.value());
            case PLACE -> ClaimValues.place(claim.value());
            case ATTENDANCE, INJURED, KILLED, ARRESTED, SIGNATURES ->
                ClaimValues.figure(claim.property(), claim.value());
            case ACTOR -> ClaimValues.actor(claim.value());
            case SUMMARY -> ClaimValues.summary(claim.value());
            case CAMPAIGN -> ClaimValues.campaign(claim.value());
            case RELATION -> ClaimValues.relation(claim.value());
            case KIND -> ClaimValues.kind(claim.value());
            case TITLE -> ClaimValues.title(claim.value());
            case CONCERNS -> ClaimValues.concerns(claim.value());
            // a tally is about many events and kept apart (TallyLedger); one reaching an event says nothing of it
            case TALLY ->
                throw new InvalidClaimValue(
                        List.of(new FieldError("property", "a tally is not a claim about one event")));
        };
    }

    /** A claim with its value read into the contracts' types. */
    private record Reading(ApprovedClaim claim, Object value) {

        /** What this claim says {@code field} is, or {@code null} when it says nothing about it. */
        Object states(EventField field) {
            ClaimProperty property = claim.property();
            if (property == ClaimProperty.EXISTENCE) {
                Existence existence = (Existence) value;
                return switch (field) {
                    case KIND -> existence.kind();
                    case TITLE -> existence.title();
                    case DATE -> existence.date();
                    case PLACE -> existence.place();
                    case CONCERNS -> existence.concerns();
                    case SUMMARY, CAMPAIGN -> null;
                };
            }
            boolean stated = switch (field) {
                case KIND -> property == ClaimProperty.KIND;
                case TITLE -> property == ClaimProperty.TITLE;
                case DATE -> property == ClaimProperty.DATE;
                case PLACE -> property == ClaimProperty.PLACE;
                case CONCERNS -> property == ClaimProperty.CONCERNS;
                case SUMMARY -> property == ClaimProperty.SUMMARY;
                case CAMPAIGN -> property == ClaimProperty.CAMPAIGN;
            };
            return stated ? value : null;
        }
    }
}
