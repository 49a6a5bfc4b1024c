package org.vigil.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.gateway.routing.GatewayRoutes;
import org.vigil.testing.PositionalArguments;

/** Issue 9: no constructor in the gateway takes more than eight arguments in a row. */
class PositionalArgumentsTest {

    @Test
    void noConstructorInTheGatewayTakesMoreThanEightArguments() {
        assertEquals(List.of(), PositionalArguments.widerThan(8, GatewayRoutes.class));
    }
}
