package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigil.contracts.claims.ClaimJson.AT;
import static org.vigil.contracts.claims.ClaimJson.assertOnlyError;
import static org.vigil.contracts.claims.ClaimJson.check;
import static org.vigil.contracts.claims.ClaimJson.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.ClaimProperty;

class PlaceValuesTest {

    @Test
    void theCountryCodeIsValidated() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'countryCode': 'de', 'city': 'Munich'}}"),
                AT + ".place.countryCode",
                "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. DE");
    }

    @Test
    void latitudeMustBeWithinNinetyDegrees() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': 91, 'lon': 11.5}}"),
                AT + ".place.lat",
                "must be a number from -90 to 90");
    }

    @Test
    void longitudeMustBeWithin180Degrees() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': 48.1, 'lon': -180.5}}"),
                AT + ".place.lon",
                "must be a number from -180 to 180");
    }

    @Test
    void theExtremeCoordinatesAreValid() {
        assertEquals(List.of(), check(ClaimProperty.PLACE, "{'place': {'countryCode': 'AQ', 'lat': -90, 'lon': 180}}"));
    }

    @Test
    void coordinatesAsStringsAreRefused() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': '48.1', 'lon': 11.5}}"),
                AT + ".place.lat",
                "must be a number from -90 to 90");
    }

    @Test
    void latitudeWithoutLongitudeIsRefused() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'countryCode': 'DE', 'lat': 48.1}}"),
                AT + ".place.lon",
                "is required when lat is given");
    }

    @Test
    void precisionDefaultsToTheFinestUnitNamed() {
        assertEquals(
                PlacePrecision.VENUE,
                ClaimValues.place(json("{'place': {'countryCode': 'DE', 'city': 'Munich', 'venue': 'Theresienwiese'}}"))
                        .precision());
        assertEquals(
                PlacePrecision.CITY,
                ClaimValues.place(json("{'place': {'countryCode': 'DE', 'city': 'Munich'}}"))
                        .precision());
        assertEquals(
                PlacePrecision.REGION,
                ClaimValues.place(json("{'place': {'countryCode': 'DE', 'admin1': 'Bavaria'}}"))
                        .precision());
        assertEquals(
                PlacePrecision.COUNTRY,
                ClaimValues.place(json("{'place': {'countryCode': 'DE'}}")).precision());
    }

    @Test
    void aPrecisionMustNameAUnitThePlaceHas() {
        assertOnlyError(
                check(
                        ClaimProperty.PLACE,
                        "{'place': {'countryCode': 'DE', 'admin1': 'Bavaria', 'precision': 'city'}}"),
                AT + ".place.precision",
                "city needs the place's city");
    }

    @Test
    void aBlankOptionalNameCountsAsLeftOut() {
        Place place = ClaimValues.place(json("{'place': {'countryCode': 'DE', 'city': 'Munich', 'venue': '  '}}"));
        assertNull(place.venue());
        assertEquals(PlacePrecision.CITY, place.precision());
    }

    @Test
    void aBlankCountryCodeIsReportedAsBlank() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'countryCode': ' '}}"),
                AT + ".place.countryCode",
                "must not be blank");
    }
}
