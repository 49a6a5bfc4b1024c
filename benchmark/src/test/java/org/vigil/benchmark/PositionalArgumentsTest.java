package org.vigil.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testing.PositionalArguments;

/** Issue 9: no constructor in the benchmark takes more than eight arguments in a row. */
class PositionalArgumentsTest {

    @Test
    void noConstructorInTheBenchmarkTakesMoreThanEightArguments() {
        assertEquals(List.of(), PositionalArguments.widerThan(8, Report.class));
    }
}
