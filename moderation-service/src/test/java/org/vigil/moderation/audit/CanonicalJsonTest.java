package org.vigil.moderation.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vigil.moderation.audit.AuditFixtures.JSON;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryDepthWithoutWhitespace() throws Exception {
        String canonical =
                CanonicalJson.of(JSON.readTree("{ \"b\": 1, \"a\": { \"z\": [ 3, 1 ], \"y\": null }, \"B\": true }"));

        assertEquals("{\"B\":true,\"a\":{\"y\":null,\"z\":[3,1]},\"b\":1}", canonical);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "1, 1",
        "1.0, 1",
        "1.00, 1",
        "48.1370, 48.137",
        "-0.0, 0",
        "1e-7, 0.0000001",
        "2.5E3, 2500",
        "12345678901234567890, 12345678901234567890"
    })
    void aNumberIsWrittenOneWayWhateverItsStoredForm(String stored, String canonical) throws Exception {
        assertEquals(canonical, CanonicalJson.of(JSON.readTree(stored)));
    }

    @Test
    void aDecimalIsWrittenAsTheDoubleAReaderWouldGetBack() {
        String precise = CanonicalJson.of(DecimalNode.valueOf(new BigDecimal("48.13700000000000000001")));

        assertEquals("48.137", precise);
    }

    @Test
    void stringsEscapeOnlyQuotesBackslashesAndControlCharacters() {
        String text = "a\"b\\c\n\t\u0001 München تهران 🙂";

        assertEquals(
                "\"a\\\"b\\\\c\\n\\t\\u0001 München تهران 🙂\"",
                CanonicalJson.of(JSON.getNodeFactory().textNode(text)));
    }

    @Test
    void aNumberJsonCannotHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.of(DoubleNode.valueOf(Double.NaN)));
    }
}
