package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.vigil.contracts.vocabulary.ClaimProperty;

/**
 * An event's five figures ({@code signatures} for petitions and open letters); a figure no approved
 * claim speaks to is {@code null} and left out of JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figures(Figure attendance, Figure injured, Figure killed, Figure arrested, Figure signatures) {

    public static final Figures NONE = new Figures(null, null, null, null, null);

    /** An event's figures other than signatures. */
    public Figures(Figure attendance, Figure injured, Figure killed, Figure arrested) {
        this(attendance, injured, killed, arrested, null);
    }

    /**
     * The figure for a figure property, or {@code null}.
     *
     * @throws IllegalArgumentException for a property that is not a figure
     */
    public Figure get(ClaimProperty property) {
        return switch (property) {
            case ATTENDANCE -> attendance;
            case INJURED -> injured;
            case KILLED -> killed;
            case ARRESTED -> arrested;
            case SIGNATURES -> signatures;
            default -> throw new IllegalArgumentException(property + " is not a figure");
        };
    }

    Figures with(ClaimProperty property, Figure figure) {
        return switch (property) {
            case ATTENDANCE -> new Figures(figure, injured, killed, arrested, signatures);
            case INJURED -> new Figures(attendance, figure, killed, arrested, signatures);
            case KILLED -> new Figures(attendance, injured, figure, arrested, signatures);
            case ARRESTED -> new Figures(attendance, injured, killed, figure, signatures);
            case SIGNATURES -> new Figures(attendance, injured, killed, arrested, figure);
            default -> throw new IllegalArgumentException(property + " is not a figure");
        };
    }
}
