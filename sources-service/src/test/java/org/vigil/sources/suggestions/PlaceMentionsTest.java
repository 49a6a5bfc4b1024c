package org.vigil.sources.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.sources.quotes.TextNormalisation;

class PlaceMentionsTest {

    private final PlaceMentions places = new PlaceMentions(GazetteerFixture.gazetteer());
    private final TextNormalisation normalisation = new TextNormalisation();

    private List<String> found(String text) {
        return places.in(normalisation.fold(text)).stream()
                .map(p -> p.city().name() + "/" + p.city().countryCode())
                .toList();
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Over 250,000 attended the 14 February rally in Munich         | Munich/DE",
                "The 14 February rally in London also drew 50,000              | London/GB",
                "the rally in Vancouver drew 45,000                            | Vancouver/CA",
                "amid the 26 February negotiations in Geneva                   | Genève/CH",
                "Iranian protesters in Gothenburg were reportedly attacked     | Göteborg/SE",
                "shooting unarmed protesters in Fasa                           | Fasā/IR",
                "rally in Westwood, Los Angeles, California.                   | Los Angeles/US",
                "In Atlanta, Georgia, a group protested                        | Atlanta/US",
                "protesters in San Jose, California urged                      | San Jose/US"
            })
    void aMarkedNameIsTheLargestPlaceOfThatName(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @Test
    void aListTakesItsMarkFromAnyOfItsNames() {
        assertEquals(
                List.of("Munich/DE", "Toronto/CA", "Los Angeles/US"),
                found("flew in for the Munich, Toronto, and Los Angeles rallies"));
    }

    @Test
    void countriesAreNotCities() {
        // Armenia is also a city of 300,000 in Colombia; Georgia a country and a US state
        assertEquals(List.of("Yerevan/AM"), found("Armenia barred Iranians from protesting in Yerevan"));
    }

    @Test
    void theSurnameOfAPersonIsNotAPlace() {
        assertEquals(List.of(), found("Michael David Holland was arrested"));
    }

    @Test
    void aSmallPlaceNamedWithoutAMarkIsNotTakenForACity() {
        // Police (Poland), Union (New Jersey)
        assertEquals(List.of(), found("four Metropolitan Police officers and the Union leaders"));
    }

    @Test
    void persianNamesAreFound() {
        assertEquals(List.of("Munich/DE"), found("بیش از ۲۵۰ هزار نفر در مونیخ شرکت کردند"));
    }
}
