package org.vigil.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

/** What a revision of an existence or a figure claim sends: the typed fields over the value as it stood. */
class RevisionFormTest {

    private final ObjectMapper json = new ObjectMapper();

    private static MultivaluedMap<String, String> posted(String... namesAndValues) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    @Test
    void anEventsRevisionKeepsWhatItsPlaceHeldBesideTheTypedFieldsAndDropsACityLeftEmpty() throws Exception {
        RevisionForm form = RevisionForm.of(
                "existence",
                posted(
                        "original",
                        "{\"kind\":\"rally\",\"title\":\"Old\",\"date\":\"2026-02-14\","
                                + "\"place\":{\"countryCode\":\"DE\",\"city\":\"Munich\",\"lat\":48.1}}",
                        "kind",
                        "march",
                        "title",
                        "New",
                        "date",
                        "2026-02-15",
                        "countryCode",
                        "at",
                        "city",
                        "",
                        "sourceId",
                        "s1",
                        "exact",
                        "the quote"));
        assertEquals(
                "{\"value\":{\"kind\":\"march\",\"title\":\"New\",\"date\":\"2026-02-15\","
                        + "\"place\":{\"countryCode\":\"AT\",\"lat\":48.1}},"
                        + "\"citations\":[{\"sourceId\":\"s1\",\"exact\":\"the quote\"}]}",
                json.writeValueAsString(form.toRevision(json)));
    }

    @Test
    void aFiguresRevisionSendsItsEndsAsNumbersAnEmptyOneAsOpen() throws Exception {
        RevisionForm form = RevisionForm.of(
                "attendance",
                posted(
                        "original", "{\"low\":100,\"high\":200,\"qualifier\":\"about\"}",
                        "low", " 150 ",
                        "high", "",
                        "sourceId", "s1",
                        "exact", "q"));
        assertEquals(
                "{\"low\":150,\"high\":null,\"qualifier\":\"about\"}",
                json.writeValueAsString(form.toRevision(json).get("value")));
    }
}
