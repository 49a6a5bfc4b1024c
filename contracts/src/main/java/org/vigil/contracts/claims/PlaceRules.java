package org.vigil.contracts.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.contracts.vocabulary.CountryCodes;

/** How a place value is read: see {@link ClaimValues} for the rules in brief. */
final class PlaceRules {

    private static final Set<String> FIELDS =
            Set.of("countryCode", "admin1", "city", "venue", "lat", "lon", "precision", "scope", "targets");
    private static final Set<String> MAP_FIELDS =
            Set.of("countryCode", "admin1", "city", "venue", "lat", "lon", "precision");

    /** Enough for a campaign against the whole diaspora; a longer list is a mistake or an attack. */
    static final int MAX_TARGETS = 60;

    private PlaceRules() {}

    private static boolean isEmptyList(JsonNode node) {
        return node.isArray() && node.isEmpty();
    }

    static Place place(JsonNode value, String path, ValueReader reader) {
        JsonNode v = reader.object(value, path, FIELDS);
        if (v == null) {
            return null;
        }
        if (!ValueReader.absent(v.get("scope"))) {
            return scoped(v, path, reader);
        }
        // an empty list is no targets: clients generated from the API description send [] for an unset list
        if (!ValueReader.absent(v.get("targets")) && !isEmptyList(v.get("targets"))) {
            reader.error(ValueReader.path(path, "targets"), "is only for a place with a scope (online, transnational)");
        }
        String countryCode = country(v, "countryCode", path, reader, true);
        String admin1 = reader.optionalText(v, "admin1", path, ClaimValues.MAX_NAME);
        String city = reader.optionalText(v, "city", path, ClaimValues.MAX_NAME);
        String venue = reader.optionalText(v, "venue", path, ClaimValues.MAX_NAME);
        Double lat = reader.optionalDegrees(v, "lat", path, -90, 90);
        Double lon = reader.optionalDegrees(v, "lon", path, -180, 180);
        if (ValueReader.absent(v.get("lat")) != ValueReader.absent(v.get("lon"))) {
            String missing = ValueReader.absent(v.get("lat")) ? "lat" : "lon";
            reader.error(ValueReader.path(path, missing), "is required when " + other(missing) + " is given");
        }
        PlacePrecision precision =
                reader.optionalChoice(v, "precision", path, PlacePrecision::fromWire, PlacePrecision.values());
        if (precision == null && ValueReader.absent(v.get("precision"))) {
            precision = finestUnit(admin1, city, venue);
        } else if (precision != null) {
            String unit = unitFor(precision);
            if (unit != null && ValueReader.absent(v.get(unit))) {
                reader.error(ValueReader.path(path, "precision"), precision + " needs the place's " + unit);
            }
        }
        return new Place(countryCode, admin1, city, venue, lat, lon, precision);
    }

    /**
     * An incident with no place on a map: a scope and the countries it targets when a source names
     * them, and none of the
     * fields of a place on a map (a point would put a phishing mail somewhere it did not happen).
     */
    private static Place scoped(JsonNode v, String path, ValueReader reader) {
        PlaceScope scope = reader.requiredChoice(v, "scope", path, PlaceScope::fromWire, PlaceScope.values());
        MAP_FIELDS.stream()
                .sorted()
                .filter(field -> !ValueReader.absent(v.get(field)))
                .forEach(field -> reader.error(
                        ValueReader.path(path, field),
                        "must be left out for a place with a scope: it has no place on a map"));
        String at = ValueReader.path(path, "targets");
        JsonNode targets = v.get("targets");
        List<String> codes = new ArrayList<>();
        if (ValueReader.absent(targets)) {
            return Place.scoped(scope, codes); // a source may not say which countries (phishing of "Iranians abroad")
        }
        if (!targets.isArray() || targets.isEmpty()) {
            reader.error(
                    at,
                    "must list the countries targeted (ISO 3166-1 alpha-2 codes), or be left out when no source says");
        } else if (targets.size() > MAX_TARGETS) {
            reader.error(at, "must list at most " + MAX_TARGETS + " countries");
        } else {
            for (int i = 0; i < targets.size(); i++) {
                JsonNode code = targets.get(i);
                if (!code.isTextual() || !CountryCodes.isValid(code.textValue())) {
                    reader.error(at + "[" + i + "]", "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. GB");
                } else if (!codes.contains(code.textValue())) {
                    codes.add(code.textValue());
                }
            }
        }
        return Place.scoped(scope, codes);
    }

    private static String other(String coordinate) {
        return "lat".equals(coordinate) ? "lon" : "lat";
    }

    private static PlacePrecision finestUnit(String admin1, String city, String venue) {
        if (venue != null) {
            return PlacePrecision.VENUE;
        }
        if (city != null) {
            return PlacePrecision.CITY;
        }
        return admin1 != null ? PlacePrecision.REGION : PlacePrecision.COUNTRY;
    }

    /** The place field a precision refers to; none for {@code country}, which is always there. */
    private static String unitFor(PlacePrecision precision) {
        return switch (precision) {
            case VENUE -> "venue";
            case CITY -> "city";
            case REGION -> "admin1";
            case COUNTRY -> null;
        };
    }

    static String country(JsonNode object, String field, String path, ValueReader reader, boolean required) {
        String code =
                required ? reader.requiredText(object, field, path, 8) : reader.optionalText(object, field, path, 8);
        if (code != null && !CountryCodes.isValid(code)) {
            reader.error(
                    ValueReader.path(path, field), "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. DE");
            return null;
        }
        return code;
    }
}
