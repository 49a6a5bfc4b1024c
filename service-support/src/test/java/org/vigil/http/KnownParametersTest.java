package org.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.paging.PageRequest;

class KnownParametersTest {

    static class Filters {
        @QueryParam("country")
        String country;
    }

    @SuppressWarnings("unused")
    void list(
            @PathParam("id") String id,
            @QueryParam("status") String status,
            @BeanParam Filters filters,
            @BeanParam PageRequest page) {}

    @Test
    void anOperationTakesItsOwnQueryParametersAndThoseOfItsBeanParams() throws NoSuchMethodException {
        assertEquals(
                Set.of("status", "country", "cursor", "limit"),
                KnownParameters.queryParameters(KnownParametersTest.class.getDeclaredMethod(
                        "list", String.class, String.class, Filters.class, PageRequest.class)));
    }
}
