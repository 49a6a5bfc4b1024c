package org.vigil.sources.suggestions;

/**
 * The city a suggestion places its figure in, as the gazetteer knows it.
 *
 * @param city the name as the source wrote it ("Munich", "Geneva")
 * @param countryCode ISO 3166-1 alpha-2, from the gazetteer
 * @param admin1 the GeoNames first-level administrative code
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 * @param geonameId the GeoNames id of the place
 */
public record SuggestedPlace(String city, String countryCode, String admin1, double lat, double lon, long geonameId) {}
