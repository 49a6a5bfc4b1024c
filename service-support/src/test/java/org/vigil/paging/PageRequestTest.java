package org.vigil.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.vigil.problem.ProblemException;

class PageRequestTest {

    @Test
    void noLimitIsTheListsDefault() {
        assertEquals(50, new PageRequest(null, null).limit(50));
    }

    @Test
    void twoHundredIsTheLargestLimit() {
        assertEquals(200, new PageRequest(null, "200").limit(50));
        ProblemException refused = assertThrows(ProblemException.class, () -> new PageRequest(null, "201").limit(50));
        assertEquals("limit", refused.problem().errors().get(0).field());
    }

    @Test
    void aLimitThatIsNotAPositiveWholeNumberIsRefused() {
        for (String limit : new String[] {"0", "-1", "ten", "1.5", ""}) {
            assertThrows(ProblemException.class, () -> new PageRequest(null, limit).limit(50), limit);
        }
    }

    @Test
    void aBlankCursorIsTheFirstPage() {
        assertNull(new PageRequest(" ", null).cursor());
    }
}
