package org.vigil.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTextTest {

    @Test
    void aCursorGivesBackTheTextItWasMadeFrom() {
        assertEquals("campaign:روز همبستگی", CursorText.decode(CursorText.encode("campaign:روز همبستگی")));
    }

    @Test
    void aCursorHoldingANulByteIsRefused() {
        // the cursor the input fuzzer sent to GET /api/v1/publishers: its text ends in a NUL byte
        assertThrows(IllegalArgumentException.class, () -> CursorText.decode("nJokwqCucEQA"));
    }

    @Test
    void aCursorThatIsNotUtf8IsRefused() {
        String halfACharacter = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'a', (byte) 0xd8});
        assertThrows(IllegalArgumentException.class, () -> CursorText.decode(halfACharacter));
    }

    @Test
    void aCursorThatIsNotBase64IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CursorText.decode("not a cursor!"));
    }

    @Test
    void anEmptyCursorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CursorText.decode(""));
    }
}
