package org.vigil.events.record;

import java.util.Comparator;
import java.util.List;

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
 */
public record Figure(Long low, Long high, boolean disputed, List<FigureClaim> claims) {

    public Figure {
        claims = List.copyOf(claims);
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
        boolean openBelow = ordered.stream().anyMatch(claim -> claim.low() == null);
        boolean openAbove = ordered.stream().anyMatch(claim -> claim.high() == null);
        Long low = openBelow ? null : ordered.stream().mapToLong(FigureClaim::low).min().getAsLong();
        Long high = openAbove ? null : ordered.stream().mapToLong(FigureClaim::high).max().getAsLong();
        long largestFloor = ordered.stream().mapToLong(FigureClaim::floor).max().getAsLong();
        long smallestCeiling = ordered.stream().mapToLong(FigureClaim::ceiling).min().getAsLong();
        return new Figure(low, high, largestFloor > smallestCeiling, ordered);
    }
}
