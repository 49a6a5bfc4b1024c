package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.vigil.contracts.vocabulary.ClaimProperty;

/** An event's four figures; a figure no approved claim speaks to is {@code null} and left out of JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figures(Figure attendance, Figure injured, Figure killed, Figure arrested) {

    public static final Figures NONE = new Figures(null, null, null, null);

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
            default -> throw new IllegalArgumentException(property + " is not a figure");
        };
    }

    Figures with(ClaimProperty property, Figure figure) {
        return switch (property) {
            case ATTENDANCE -> new Figures(figure, injured, killed, arrested);
            case INJURED -> new Figures(attendance, figure, killed, arrested);
            case KILLED -> new Figures(attendance, injured, figure, arrested);
            case ARRESTED -> new Figures(attendance, injured, killed, figure);
            default -> throw new IllegalArgumentException(property + " is not a figure");
        };
    }
}
