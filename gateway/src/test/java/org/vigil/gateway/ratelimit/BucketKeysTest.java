package org.vigil.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class BucketKeysTest {

    @Test
    void sameAddressGetsTheSameName() {
        BucketKeys keys = new BucketKeys();

        assertEquals(keys.of("address", "203.0.113.7"), keys.of("address", "203.0.113.7"));
    }

    @Test
    void nameDoesNotContainTheAddress() {
        String name = new BucketKeys().of("address", "203.0.113.7");

        assertFalse(name.contains("203"));
        assertFalse(name.contains("113"));
    }

    @Test
    void namesCannotBeRecomputedWithoutTheProcessKey() {
        assertNotEquals(new BucketKeys().of("address", "203.0.113.7"), new BucketKeys().of("address", "203.0.113.7"));
    }
}
