package org.vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.events.record.EventRecord;
import org.vigil.messaging.OutboxMessage;
import org.vigil.testing.PositionalArguments;

/** Issue 9: no constructor in events-service or service-support takes more than eight arguments in a row. */
class PositionalArgumentsTest {

    @Test
    void noConstructorInEventsServiceOrServiceSupportTakesMoreThanEightArguments() {
        assertEquals(List.of(), PositionalArguments.widerThan(8, EventRecord.class, OutboxMessage.class));
    }
}
