package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.vigil.contracts.vocabulary.Affected;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;

/**
 * How a figure value is read: which bounds each qualifier takes (see {@link ClaimValues}), so
 * that a {@code null} high always means "no upper bound" and never "not given".
 */
final class FigureRules {

    private static final Set<String> FIELDS = Set.of("low", "high", "qualifier", "estimatedBy", "words");
    private static final Set<String> CASUALTY_FIELDS =
            Set.of("low", "high", "qualifier", "estimatedBy", "words", "who");

    private FigureRules() {}

    static FigureValue figure(JsonNode value, String path, ValueReader reader) {
        return figure(value, path, reader, false);
    }

    /** An injured or killed figure, which may say whom it counts ({@code who}). */
    static FigureValue casualties(JsonNode value, String path, ValueReader reader) {
        return figure(value, path, reader, true);
    }

    private static FigureValue figure(JsonNode value, String path, ValueReader reader, boolean casualties) {
        JsonNode v = reader.object(value, path, casualties ? CASUALTY_FIELDS : FIELDS);
        if (v == null) {
            return null;
        }
        Long low = reader.optionalCount(v, "low", path, ClaimValues.MAX_FIGURE);
        Long high = reader.optionalCount(v, "high", path, ClaimValues.MAX_FIGURE);
        Qualifier qualifier = reader.requiredChoice(v, "qualifier", path, Qualifier::fromWire, Qualifier.values());
        EstimatedBy estimatedBy =
                reader.optionalChoice(v, "estimatedBy", path, EstimatedBy::fromWire, EstimatedBy.values());
        String words = reader.optionalText(v, "words", path, ClaimValues.MAX_NAME);
        Affected who = casualties ? reader.optionalChoice(v, "who", path, Affected::fromWire, Affected.values()) : null;
        if (estimatedBy == null && ValueReader.absent(v.get("estimatedBy"))) {
            estimatedBy = EstimatedBy.UNKNOWN;
        }
        if (qualifier != null) {
            high = bounds(qualifier, low, high, v, path, reader);
        } else if (low != null && high != null && low > high) {
            reader.error(ValueReader.path(path, "low"), "must not be greater than high");
        }
        return new FigureValue(low, high, qualifier, estimatedBy, words, who);
    }

    /** Checks which bounds the qualifier takes; returns {@code high} as read back. */
    private static Long bounds(Qualifier qualifier, Long low, Long high, JsonNode v, String path, ValueReader reader) {
        boolean hasLow = !ValueReader.absent(v.get("low"));
        boolean hasHigh = !ValueReader.absent(v.get("high"));
        String lowPath = ValueReader.path(path, "low");
        String highPath = ValueReader.path(path, "high");
        switch (qualifier) {
            case EXACT, ABOUT -> {
                if (!hasLow) {
                    reader.error(lowPath, "is required for qualifier " + qualifier);
                }
                if (low != null && high != null && !high.equals(low)) {
                    reader.error(highPath, "must equal low or be left out for qualifier " + qualifier);
                }
                return low;
            }
            case OVER, AT_LEAST -> {
                if (!hasLow) {
                    reader.error(lowPath, "is required for qualifier " + qualifier);
                }
                if (hasHigh) {
                    reader.error(
                            highPath,
                            "must be left out for qualifier " + qualifier + ": the figure has no upper bound");
                }
                return null;
            }
            case UNDER, UP_TO -> {
                if (!hasHigh) {
                    reader.error(highPath, "is required for qualifier " + qualifier);
                }
                if (hasLow) {
                    reader.error(
                            lowPath, "must be left out for qualifier " + qualifier + "; use range to give both bounds");
                }
                return high;
            }
            case RANGE -> {
                if (!hasLow) {
                    reader.error(lowPath, "is required for qualifier range");
                }
                if (!hasHigh) {
                    reader.error(highPath, "is required for qualifier range");
                }
                if (low != null && high != null && low > high) {
                    reader.error(lowPath, "must not be greater than high");
                }
                return high;
            }
        }
        throw new IllegalStateException("unhandled qualifier " + qualifier);
    }
}
