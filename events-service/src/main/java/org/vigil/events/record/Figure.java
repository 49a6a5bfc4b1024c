package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.contracts.vocabulary.Affected;

/**
 * A public figure (attendance, injured, killed, arrested), never typed in: computed from the
 * approved claims listed in {@code claims}.
 *
 * <p>{@code low} is the smallest low among the claims and {@code high} the largest high. A
 * {@code null} bound is an open one: {@code high} is {@code null} as soon as one claim has no upper
 * bound ("over 250,000"), {@code low} as soon as one has no lower bound ("up to 5,000"). So the
 * figure spans every approved estimate and never narrows what a source said.
 *
 * <p>{@code disputed} is true when two claims cannot both be right: their ranges share no number.
 * A claim's range runs from its low (0 when it has none) to its high (unbounded when it has none),
 * both ends included: "over 250,000" and "up to 250,000" overlap at 250,000 and are not disputed;
 * "over 250,000" and "up to 200,000" are. Bounds are taken as inclusive even for {@code over} and
 * {@code under}, because sources use those words loosely, and a newsroom would not call "over
 * 250,000" and "250,000" a dispute. "About 3,000" is the point 3,000 (its claim has
 * {@code high == low}), so "about 3,000" (police) and "about 3,500" (organisers) are disputed:
 * the sources disagree, and the reader sees both. Ranges on a line all share a number exactly when
 * the largest floor is at most the smallest ceiling, which is what is computed.
 *
 * <p>Injured and killed claims may say whom they count (protesters, police, bystanders). Claims
 * about different people are not competing estimates of one number, so they are never compared
 * with each other: {@code byWho} holds one span per group (by its wire name) that a source named, computed as above
 * among that group's claims. The figure itself then adds the groups up: its low is the sum of the
 * groups' floors, or the unspecified claims' floor when that is larger (a total said of everyone
 * is at least its parts); its high is open when any group's is, else the larger of that sum of
 * ceilings and the unspecified claims' ceiling. It is disputed when any group is.
 */
public record Figure(
        Long low,
        Long high,
        boolean disputed,
        List<FigureClaim> claims,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Span> byWho) {

    /** The span of the claims about one group of people. */
    public record Span(Long low, Long high, boolean disputed) {}

    public Figure {
        claims = List.copyOf(claims);
        byWho = byWho == null || byWho.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byWho));
    }

    /** The span of the claims about {@code who}, or {@code null} when no claim names them. */
    public Span among(Affected who) {
        return byWho.get(who.wire());
    }

    /** A figure whose claims do not say whom they count. */
    public Figure(Long low, Long high, boolean disputed, List<FigureClaim> claims) {
        this(low, high, disputed, claims, Map.of());
    }

    /**
     * The figure the claims add up to, listing them oldest first.
     *
     * @throws IllegalArgumentException when there are no claims: no claim, no figure
     */
    public static Figure of(List<FigureClaim> claims) {
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one approved claim");
        }
        List<FigureClaim> ordered = claims.stream()
                .sorted(Comparator.comparing(FigureClaim::approvedAt)
                        .thenComparing(claim -> claim.claimId().toString()))
                .toList();
        Map<Affected, List<FigureClaim>> named = ordered.stream()
                .filter(claim -> claim.who() != null)
                .collect(Collectors.groupingBy(
                        FigureClaim::who, () -> new EnumMap<>(Affected.class), Collectors.toList()));
        if (named.isEmpty()
                || named.size() == 1 && named.values().iterator().next().size() == ordered.size()) {
            Span span = span(ordered);
            return new Figure(
                    span.low(),
                    span.high(),
                    span.disputed(),
                    ordered,
                    named.isEmpty() ? Map.of() : Map.of(ordered.get(0).who().wire(), span));
        }
        Map<String, Span> byWho = new LinkedHashMap<>();
        named.forEach((who, group) -> byWho.put(who.wire(), span(group)));
        List<FigureClaim> unnamed =
                ordered.stream().filter(claim -> claim.who() == null).toList();
        Span everyone = unnamed.isEmpty() ? null : span(unnamed);
        long floors = byWho.values().stream()
                .mapToLong(s -> s.low() == null ? 0 : s.low())
                .sum();
        boolean openAbove =
                byWho.values().stream().anyMatch(s -> s.high() == null) || everyone != null && everyone.high() == null;
        Long high = openAbove
                ? null
                : Math.max(byWho.values().stream().mapToLong(Span::high).sum(), everyone == null ? 0 : everyone.high());
        long low = Math.max(floors, everyone == null || everyone.low() == null ? 0 : everyone.low());
        boolean disputed = byWho.values().stream().anyMatch(Span::disputed) || everyone != null && everyone.disputed();
        return new Figure(low, high, disputed, ordered, byWho);
    }

    /** The span of claims about the same people: from the smallest low to the largest high. */
    private static Span span(List<FigureClaim> ordered) {
        boolean openBelow = ordered.stream().anyMatch(claim -> claim.low() == null);
        boolean openAbove = ordered.stream().anyMatch(claim -> claim.high() == null);
        Long low = openBelow
                ? null
                : ordered.stream().mapToLong(FigureClaim::low).min().getAsLong();
        Long high = openAbove
                ? null
                : ordered.stream().mapToLong(FigureClaim::high).max().getAsLong();
        long largestFloor = ordered.stream()
                .mapToLong(claim -> claim.bounds().floor())
                .max()
                .getAsLong();
        long smallestCeiling = ordered.stream()
                .mapToLong(claim -> claim.bounds().ceiling())
                .min()
                .getAsLong();
        return new Span(low, high, largestFloor > smallestCeiling);
    }
}
