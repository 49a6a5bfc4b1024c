package org.vigil.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser is skipped only for targets it would always accept. */
class UnparsableTargetsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/events?country=IR&from=2026-01-01T00:00:00Z&to=2026-01-11&limit=50 | true",
                "/api/v1/claims/7d3e1f00-1111-4222-8333-944455556666                         | true",
                "/a/b;c=d/(x)*!~'$,+@:?q=a/b?c                                              | true",
                "/api/v1/ev%zzents                                                          | false",
                "/api/v1/events%20x                                                         | false",
                "/api/v1/events?q=[1]                                                       | false",
                "/api/v1/events?q=a b                                                       | false",
                "//host/path                                                                | false",
                "http://host/path                                                           | false",
                "*                                                                          | false",
                "/events/سلام                                                               | false"
            })
    void plainOriginFormIsRecognised(String target, boolean plain) {
        assertEquals(plain, UnparsableTargets.plainOriginForm(target.strip()));
        if (plain) {
            assertDoesNotThrow(() -> new URI(target.strip()));
        }
    }
}
