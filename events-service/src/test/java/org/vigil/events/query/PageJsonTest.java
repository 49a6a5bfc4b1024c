package org.vigil.events.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.paging.Page;

/** The written page is byte for byte what Jackson wrote from a {@code Page} of the same raw documents. */
class PageJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TEHRAN =
            "{\"id\": \"4a1c\", \"place\": {\"city\": \"تهران\", \"countryCode\": \"IR\"}, \"relations\": []}";
    private static final String SAO_PAULO =
            "{\"id\": \"9f02\", \"title\": \"Marcha em São Paulo 🌻\", \"relations\": []}";

    @Test
    void aPageWithANextCursorIsWrittenAsJacksonWritesIt() throws JsonProcessingException {
        assertSame(List.of(TEHRAN, SAO_PAULO), "MjAyNi0wMS0xMHw0YTFj");
    }

    @Test
    void theLastPageNamesNoNextCursor() throws JsonProcessingException {
        assertSame(List.of(SAO_PAULO), null);
    }

    @Test
    void anEmptyPageHasNoItems() throws JsonProcessingException {
        assertSame(List.of(), null);
    }

    @Test
    void aPageIsWrittenIntoABufferOfExactlyItsSize() {
        PageJson page = PageJson.of(List.of(TEHRAN, SAO_PAULO), "MjAyNi0wMS0xMHw0YTFj");
        assertEquals(page.json().length(), page.json().getByteBuf().capacity());
    }

    private static void assertSame(List<String> documents, String nextCursor) throws JsonProcessingException {
        byte[] jackson = JSON.writeValueAsBytes(
                new Page<>(documents.stream().map(RawValue::new).toList(), nextCursor));
        assertArrayEquals(jackson, PageJson.of(documents, nextCursor).json().getBytes());
    }
}
