package org.vigil.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.moderation.rest.AuditResource;
import org.vigil.testing.PositionalArguments;

/** Issue 9: no constructor in moderation-service takes more than eight arguments in a row. */
class PositionalArgumentsTest {

    @Test
    void noConstructorInModerationServiceTakesMoreThanEightArguments() {
        assertEquals(List.of(), PositionalArguments.widerThan(8, AuditResource.class));
    }
}
