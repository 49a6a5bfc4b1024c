package org.vigil.moderation.duplicates;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the known events a proposed event may duplicate, for the moderation queue: the same kind,
 * dates that overlap, and the same city or a place within {@link #DEFAULT_RADIUS_KM} km.
 *
 * <p><b>Dates</b> overlap when neither range ends before the other starts; an open bound overlaps
 * everything on its side. A month ({@code 2026-02}) therefore overlaps every day in it.
 *
 * <p><b>Same city</b> compares names folded for the ways one name gets written: letter case,
 * diacritics ({@code Zürich}, {@code Zurich}), punctuation and spacing ({@code Frankfurt-am-Main}),
 * {@code ß}, and, for Persian, Arabic yeh and kaf against their Persian forms and the zero-width
 * non-joiner. Exonyms ({@code München}, {@code Munich}) are left to the distance. When both events
 * have a country, it must be the same: Paris is also in Texas.
 *
 * <p><b>Nearby</b> is the great-circle (haversine) distance between the two coordinates. 25 km,
 * because reports place one rally sometimes at its venue and sometimes at the city's centre, and
 * across a large city the two lie up to about 20 km apart; a wider radius would start pairing
 * neighbouring cities. The cost of a false candidate is a moderator's glance; of a missed one, a
 * duplicate event in the public record.
 *
 * <p>Candidates come nearest first, then those with no distance, in id order for a stable queue.
 */
public final class DuplicateCandidates {

    public static final double DEFAULT_RADIUS_KM = 25.0;

    /** The IUGG mean Earth radius; the error of a sphere is far below what matters here. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static final Comparator<DuplicateCandidate> NEAREST_FIRST = Comparator.comparing(
                    DuplicateCandidate::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DuplicateCandidate::eventId);

    private final double radiusKm;

    public DuplicateCandidates() {
        this(DEFAULT_RADIUS_KM);
    }

    public DuplicateCandidates(double radiusKm) {
        if (!(radiusKm > 0)) {
            throw new IllegalArgumentException("the radius is a positive number of kilometres");
        }
        this.radiusKm = radiusKm;
    }

    public List<DuplicateCandidate> among(EventOutline proposed, Collection<KnownEvent> known) {
        Objects.requireNonNull(proposed, "proposed");
        // each name folded once per look-up: the known events of a busy day in one city share a few
        // names, and folding (a normalisation and two regular expressions) for every one of hundreds
        // of them was most of the look-up's own processor time (docs/benchmark.md, session 10)
        Map<String, String> folded = new HashMap<>();
        return known.stream()
                .map(event -> candidate(proposed, event, folded))
                .flatMap(Optional::stream)
                .sorted(NEAREST_FIRST)
                .toList();
    }

    private Optional<DuplicateCandidate> candidate(
            EventOutline proposed, KnownEvent known, Map<String, String> folded) {
        EventOutline other = known.outline();
        if (proposed.kind() != other.kind() || !datesOverlap(proposed, other)) {
            return Optional.empty();
        }
        boolean sameCity = sameCity(proposed, other, folded);
        Double distance = proposed.hasCoordinates() && other.hasCoordinates()
                ? distanceKm(proposed.lat(), proposed.lon(), other.lat(), other.lon())
                : null;
        boolean nearby = distance != null && distance <= radiusKm;
        return sameCity || nearby
                ? Optional.of(new DuplicateCandidate(known.id(), sameCity, distance))
                : Optional.empty();
    }

    private static boolean datesOverlap(EventOutline a, EventOutline b) {
        return !endsBefore(a.end(), b.start()) && !endsBefore(b.end(), a.start());
    }

    private static boolean endsBefore(LocalDate end, LocalDate start) {
        return end != null && start != null && end.isBefore(start);
    }

    private static boolean sameCity(EventOutline a, EventOutline b, Map<String, String> folded) {
        if (a.city() == null || b.city() == null) {
            return false;
        }
        if (a.countryCode() != null
                && b.countryCode() != null
                && !a.countryCode().equalsIgnoreCase(b.countryCode())) {
            return false;
        }
        String name = folded.computeIfAbsent(a.city(), DuplicateCandidates::foldCityName);
        return !name.isEmpty() && name.equals(folded.computeIfAbsent(b.city(), DuplicateCandidates::foldCityName));
    }

    static String foldCityName(String name) {
        String text = name.replace('\u064A', '\u06CC') // Arabic yeh → Persian yeh
                .replace('\u0649', '\u06CC') // alef maksura → Persian yeh
                .replace('\u0643', '\u06A9') // Arabic kaf → Persian kaf
                .replace("\u200C", ""); // zero-width non-joiner
        text = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss");
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h =
                Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
