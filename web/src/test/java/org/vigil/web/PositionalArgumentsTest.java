package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testing.PositionalArguments;
import org.vigil.web.page.HomePage;

/** Issue 9: no constructor in the web app takes more than eight arguments in a row. */
class PositionalArgumentsTest {

    @Test
    void noConstructorInTheWebAppTakesMoreThanEightArguments() {
        assertEquals(List.of(), PositionalArguments.widerThan(8, HomePage.class));
    }
}
