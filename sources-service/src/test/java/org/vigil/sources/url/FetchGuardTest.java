package org.vigil.sources.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FetchGuardTest {

    private final FetchGuard guard = new FetchGuard();

    private static InetAddress literal(String host) {
        return HostLiteral.parse(host).orElseThrow();
    }

    /** A resolver that fails the test if it is ever asked: literals must never be looked up. */
    private static final FetchGuard.Resolver NO_LOOKUP = host -> {
        throw new AssertionError("looked up " + host);
    };

    @Nested
    class HostSpellings {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
            "127.0.0.1, 127.0.0.1",
            "127.1, 127.0.0.1",
            "2130706433, 127.0.0.1",
            "0x7f000001, 127.0.0.1",
            "0177.0.0.1, 127.0.0.1",
            "0x7f.0.0.1, 127.0.0.1",
            "10.0.0.1., 10.0.0.1",
            "[::ffff:127.0.0.1], 127.0.0.1",
            "[::ffff:7f00:1], 127.0.0.1",
            "[::1], [::1]",
            "[2001:DB8:0:0:1:0:0:1], [2001:db8::1:0:0:1]",
            "fe80::1, [fe80::1]"
        })
        void everySpellingOfAnAddressIsReadWithoutALookup(String host, String canonical) {
            assertEquals(canonical, HostLiteral.canonical(literal(host)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"example.org", "en.wikipedia.org", "1.example", "localhost"})
        void aDomainNameIsNoLiteral(String host) {
            assertTrue(HostLiteral.parse(host).isEmpty());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "1.2.3.256",
                    "256.1.1.1.1",
                    "4294967296",
                    "0x100000000",
                    "[1::2::3]",
                    "[::ffff:1.2.3]",
                    "[fe80::1%eth0]"
                })
        void aHostThatLooksNumericButIsNoAddressIsRefused(String host) {
            assertThrows(IllegalArgumentException.class, () -> HostLiteral.parse(host));
        }
    }

    @Nested
    class Addresses {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "0.0.0.0",
                    "127.0.0.1",
                    "127.255.1.2",
                    "10.1.2.3",
                    "172.16.0.1",
                    "172.31.255.255",
                    "192.168.1.1",
                    "169.254.169.254",
                    "100.64.0.1",
                    "192.0.2.1",
                    "198.18.0.1",
                    "224.0.0.1",
                    "255.255.255.255",
                    "[::]",
                    "[::1]",
                    "[fc00::1]",
                    "[fd12:3456::1]",
                    "[fe80::1]",
                    "[fec0::1]",
                    "[ff02::1]",
                    "[::ffff:10.0.0.1]",
                    "[::ffff:169.254.169.254]",
                    "[64:ff9b::127.0.0.1]",
                    "[2002:7f00:1::]",
                    "[2001:db8::1]",
                    "[2001::1]",
                    "[::127.0.0.1]"
                })
        void nonPublicAddressesAreRefused(String host) {
            assertFalse(guard.allows(literal(host)), host);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "8.8.8.8",
                    "1.1.1.1",
                    "172.32.0.1",
                    "100.128.0.1",
                    "93.184.215.14",
                    "[2606:4700:4700::1111]",
                    "[::ffff:8.8.8.8]",
                    "[64:ff9b::8.8.8.8]",
                    "[2002:808:808::]"
                })
        void publicAddressesAreAllowed(String host) {
            assertTrue(guard.allows(literal(host)), host);
        }

        @Test
        void theRefusalSaysWhy() {
            assertEquals(
                    "a private address (RFC 1918) (NAT64)",
                    guard.refusal(literal("[64:ff9b::10.0.0.1]")).orElseThrow());
        }
    }

    @Nested
    class Vetting {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "localhost",
                    "LOCALHOST.",
                    "admin.localhost",
                    "2130706433",
                    "0x7f.1",
                    "[::1]",
                    "169.254.169.254"
                })
        void loopbackAndInternalHostsAreRefusedBeforeAnyLookup(String host) {
            assertThrows(RefusedFetchException.class, () -> guard.vet(host, NO_LOOKUP));
        }

        @Test
        void aNameIsRefusedWhenAnyOfItsAddressesIsInternal() {
            FetchGuard.Resolver rebinding = host -> new InetAddress[] {literal("8.8.8.8"), literal("10.0.0.5")};
            assertThrows(RefusedFetchException.class, () -> guard.vet("news.example", rebinding));
        }

        @Test
        void aNameWhoseAddressesAreAllPublicYieldsThemToConnectTo() throws UnknownHostException {
            FetchGuard.Resolver resolver = host -> new InetAddress[] {literal("93.184.215.14")};
            assertEquals(List.of(literal("93.184.215.14")), guard.vet("news.example", resolver));
        }
    }
}
