package org.vigil.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.sources.rest.PublisherResource;
import org.vigil.testing.PositionalArguments;

/** Issue 9: no constructor in sources-service takes more than eight arguments in a row. */
class PositionalArgumentsTest {

    @Test
    void noConstructorInSourcesServiceTakesMoreThanEightArguments() {
        assertEquals(List.of(), PositionalArguments.widerThan(8, PublisherResource.class));
    }
}
