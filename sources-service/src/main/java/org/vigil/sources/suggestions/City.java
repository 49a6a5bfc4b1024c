package org.vigil.sources.suggestions;

/**
 * A populated place from the GeoNames gazetteer.
 *
 * @param geonameId the GeoNames id, stable across releases
 * @param name the GeoNames name (often the local one: "Genève", "Göteborg")
 * @param countryCode ISO 3166-1 alpha-2
 * @param admin1 the GeoNames first-level administrative code (state, province, Land)
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 * @param population as GeoNames records it; 0 when unknown
 * @param featureCode GeoNames feature code: {@code PPLC} capital, {@code PPLA} first-level seat, ...
 */
public record City(
        long geonameId,
        String name,
        String countryCode,
        String admin1,
        double lat,
        double lon,
        long population,
        String featureCode) {}
