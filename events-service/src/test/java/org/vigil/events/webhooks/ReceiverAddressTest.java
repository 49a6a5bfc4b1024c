package org.vigil.events.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiverAddressTest {

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    /** An IPv4-mapped IPv6 address kept as IPv6: Java would otherwise turn it into IPv4 itself. */
    private static InetAddress mapped(String v4) throws UnknownHostException {
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(v4).getAddress(), 0, b, 12, 4);
        return Inet6Address.getByAddress(null, b, -1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // IPv4
                "0.0.0.0",
                "0.1.2.3",
                "127.0.0.1",
                "127.255.0.9",
                "10.0.0.1",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "100.64.0.1",
                "100.127.255.254",
                "169.254.0.1",
                "169.254.169.254",
                "224.0.0.1",
                "239.255.255.250",
                "255.255.255.255",
                "240.0.0.1",
                "192.0.0.8",
                "192.0.2.1",
                "198.18.0.1",
                "198.51.100.7",
                "203.0.113.9",
                // IPv6
                "::",
                "::1",
                "fc00::1",
                "fd12:3456::1",
                "fd00:ec2::254",
                "fe80::1",
                "fec0::1",
                "ff02::1",
                "2001:db8::1",
                "64:ff9b::a00:1",
                "2002:a00:1::1",
                "2001::1",
                "::10.0.0.1"
            })
    void refusesEveryNonPublicRange(String literal) throws UnknownHostException {
        assertTrue(ReceiverAddress.refusal(address(literal), false).isPresent(), literal);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"127.0.0.1", "10.1.2.3", "169.254.169.254", "100.64.1.1", "192.168.0.1", "0.0.0.0", "224.0.0.1"})
    void refusesIpv4MappedIpv6AsItsIpv4(String v4) throws UnknownHostException {
        assertTrue(ReceiverAddress.refusal(mapped(v4), false).isPresent(), "::ffff:" + v4);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.215.14",
                "8.8.8.8",
                "1.1.1.1",
                "100.128.0.1",
                "172.32.0.1",
                "2606:4700::1111",
                "2a00:1450:4001:80b::200e"
            })
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertEquals(Optional.empty(), ReceiverAddress.refusal(address(literal), false), literal);
    }

    @Test
    void namesCloudMetadataAddressesAsSuch() throws UnknownHostException {
        assertEquals(
                Optional.of("a cloud metadata address"), ReceiverAddress.refusal(address("169.254.169.254"), false));
        assertEquals(Optional.of("a cloud metadata address"), ReceiverAddress.refusal(address("fd00:ec2::254"), false));
        assertEquals(
                Optional.of("a cloud metadata address (IPv4-mapped)"),
                ReceiverAddress.refusal(mapped("169.254.169.254"), false));
    }

    @Test
    void theLoopbackSettingAllowsLoopbackAndNothingElse() throws UnknownHostException {
        assertFalse(ReceiverAddress.refusal(address("127.0.0.1"), true).isPresent());
        assertFalse(ReceiverAddress.refusal(address("::1"), true).isPresent());
        assertFalse(ReceiverAddress.refusal(mapped("127.0.0.1"), true).isPresent());
        for (String other :
                new String[] {"10.0.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "fe80::1", "fd00:ec2::254"}) {
            assertTrue(ReceiverAddress.refusal(address(other), true).isPresent(), other);
        }
        assertTrue(ReceiverAddress.refusal(mapped("10.0.0.1"), true).isPresent());
    }
}
