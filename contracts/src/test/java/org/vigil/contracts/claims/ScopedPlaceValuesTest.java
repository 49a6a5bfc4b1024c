package org.vigil.contracts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.contracts.claims.ClaimJson.AT;
import static org.vigil.contracts.claims.ClaimJson.assertOnlyError;
import static org.vigil.contracts.claims.ClaimJson.check;
import static org.vigil.contracts.claims.ClaimJson.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.ClaimProperty;

/** Places of incidents with no place on a map: a scope and the countries targeted. */
class ScopedPlaceValuesTest {

    @Test
    void anOnlineIncidentNamesTheCountriesItTargetsAndNoCountryOfItsOwn() {
        Place place = ClaimValues.place(json("{'place': {'scope': 'online', 'targets': ['GB', 'DE']}}"));
        assertEquals(Place.scoped(PlaceScope.ONLINE, List.of("GB", "DE")), place);
    }

    @Test
    void aScopedPlaceWithACountryOfItsOwnIsRefused() {
        assertOnlyError(
                check(
                        ClaimProperty.PLACE,
                        "{'place': {'scope': 'transnational', 'targets': ['GB'], 'countryCode': 'GB'}}"),
                AT + ".place.countryCode",
                "must be left out for a place with a scope: it has no place on a map");
    }

    @Test
    void anEmptyListOfTargetsIsRefused() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'scope': 'online', 'targets': []}}"),
                AT + ".place.targets",
                "must list the countries targeted (ISO 3166-1 alpha-2 codes), or be left out when no source says");
    }

    @Test
    void anIncidentWhoseSourceNamesNoCountryHasNoTargets() {
        assertEquals(
                Place.scoped(PlaceScope.ONLINE, List.of()), ClaimValues.place(json("{'place': {'scope': 'online'}}")));
    }

    @Test
    void aTargetMustBeACountryCode() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'scope': 'online', 'targets': ['GB', 'Britain']}}"),
                AT + ".place.targets[1]",
                "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. GB");
    }

    @Test
    void targetsWithoutAScopeAreRefused() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'countryCode': 'GB', 'targets': ['GB']}}"),
                AT + ".place.targets",
                "is only for a place with a scope (online, transnational)");
    }

    @Test
    void anEmptyTargetsListOnAPlaceOnTheMapIsNoTargets() {
        assertTrue(check(ClaimProperty.PLACE, "{'place': {'countryCode': 'GB', 'city': 'London', 'targets': []}}")
                .isEmpty());
    }

    @Test
    void anUnknownScopeIsRefused() {
        assertOnlyError(
                check(ClaimProperty.PLACE, "{'place': {'scope': 'cyberspace', 'targets': ['GB']}}"),
                AT + ".place.scope",
                "must be one of online, transnational");
    }
}
