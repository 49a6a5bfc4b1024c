package org.vigil.net;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a service may open a connection to on someone else's behalf: a webhook
 * receiver a partner names, a source URL a contributor gives. Without this a caller could make a
 * service reach its own admin endpoints, the database, the broker or a cloud metadata service.
 *
 * <p>Refused: unspecified, loopback, private (RFC 1918), carrier-grade NAT (100.64.0.0/10),
 * link-local and the cloud metadata addresses (169.254.169.254, fd00:ec2::254), IPv6
 * unique-local and site-local, multicast, broadcast and reserved ranges, documentation and
 * benchmarking ranges, and IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible,
 * NAT64, 6to4) whenever the carried address would be refused; Teredo and other tunnelling
 * prefixes are refused outright.
 */
public final class PublicAddress {

    private PublicAddress() {}

    /** Why a connection to {@code address} is refused, or empty when it is public. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? ipv4Refusal(b, 0) : ipv6Refusal(b);
    }

    /** 127.0.0.0/8, ::1 and 127.0.0.0/8 mapped into IPv6. */
    public static boolean isLoopback(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) == 127;
        }
        boolean mapped = zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        return mapped ? (b[12] & 0xff) == 127 : zero(b, 0, 15) && b[15] == 1;
    }

    private static Optional<String> ipv4Refusal(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        int a2 = b[at + 2] & 0xff;
        int a3 = b[at + 3] & 0xff;
        if (a0 == 0) {
            return Optional.of("an unspecified address (0.0.0.0/8)");
        }
        if (a0 == 127) {
            return Optional.of("a loopback address");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("a private address (RFC 1918)");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
        }
        if (a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) {
            return Optional.of("a cloud metadata address");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("a link-local address");
        }
        if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
            return Optional.of("a reserved address (192.0.0.0/24, 192.0.2.0/24)");
        }
        if (a0 == 192 && a1 == 88 && a2 == 99) {
            return Optional.of("a 6to4 relay address");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("a benchmarking address (198.18.0.0/15)");
        }
        if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("a documentation address");
        }
        if (a0 >= 224) {
            return Optional.of("a multicast, reserved or broadcast address");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Refusal(byte[] b) {
        int g0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int g1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ipv4Refusal(b, 12).map(r -> r + " (IPv4-mapped)");
        }
        if (zero(b, 0, 12)) {
            // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d: nothing public lives here
            return Optional.of(
                    zero(b, 12, 15) && (b[15] == 0 || b[15] == 1)
                            ? (b[15] == 0 ? "an unspecified address" : "a loopback address")
                            : "an IPv4-compatible address");
        }
        if (g0 == 0x0064 && g1 == 0xff9b && zero(b, 4, 12)) {
            return ipv4Refusal(b, 12).map(r -> r + " (NAT64)");
        }
        if (g0 == 0x0064 && g1 == 0xff9b) {
            return Optional.of("a local-use NAT64 address (64:ff9b:1::/48)");
        }
        if (g0 == 0x2002) {
            return ipv4Refusal(b, 2).map(r -> r + " (6to4)");
        }
        if (g0 == 0x0100 && zero(b, 2, 8)) {
            return Optional.of("a discard-only address (100::/64)");
        }
        if (g0 == 0x2001 && (g1 & 0xfe00) == 0) {
            return Optional.of("a protocol-assignment or Teredo address (2001::/23)");
        }
        if ((g0 == 0x2001 && g1 == 0x0db8) || (g0 == 0x3fff && (g1 & 0xf000) == 0)) {
            return Optional.of("a documentation address");
        }
        if (g0 == 0xfd00 && g1 == 0x0ec2 && zero(b, 4, 14) && (b[14] & 0xff) == 0x02 && (b[15] & 0xff) == 0x54) {
            return Optional.of("a cloud metadata address");
        }
        if ((g0 & 0xfe00) == 0xfc00) {
            return Optional.of("a unique-local address (fc00::/7)");
        }
        if ((g0 & 0xffc0) == 0xfe80) {
            return Optional.of("a link-local address");
        }
        if ((g0 & 0xffc0) == 0xfec0) {
            return Optional.of("a site-local address");
        }
        if ((g0 & 0xff00) == 0xff00) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
