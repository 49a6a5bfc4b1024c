package org.vigil.sources.url;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether the platform may open a connection to an address, should it ever fetch a
 * source's URL itself (SPEC §6: "if the platform ever fetches a URL it refuses private,
 * loopback and link-local addresses"). Without this, a contributor could make the service read
 * its own admin endpoints, the database, the broker or a cloud metadata service.
 *
 * <p>Refused: unspecified, loopback, private (RFC 1918), carrier-grade NAT, link-local,
 * IPv6 unique-local and site-local, multicast, broadcast and reserved ranges, documentation and
 * benchmarking ranges, and IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible,
 * NAT64, 6to4) whenever the carried address would be refused; Teredo and other tunnelling
 * prefixes are refused outright. Host names {@code localhost} and {@code *.localhost} are refused
 * before any lookup.
 *
 * <p>A fetcher must connect to the addresses {@link #vet} returns rather than resolve the name
 * again, or a DNS answer that changes between check and connect (rebinding) gets around it.
 */
public final class FetchGuard {

    /** Looks up a host name; the production one is {@link InetAddress#getAllByName}. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Whether a connection to {@code address} is allowed. */
    public boolean allows(InetAddress address) {
        return refusal(address).isEmpty();
    }

    /** Why a connection to {@code address} is refused, or empty when it is allowed. */
    public Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? ipv4Refusal(b, 0) : ipv6Refusal(b);
    }

    /**
     * The addresses a fetcher may connect to for {@code host}: the literal itself when the host
     * is an IP address in any spelling, otherwise every address {@code resolver} returns, all of
     * which must be allowed.
     *
     * @throws RefusedFetchException when the host or any of its addresses is refused
     * @throws UnknownHostException when the name does not resolve
     */
    public List<InetAddress> vet(String host, Resolver resolver) throws UnknownHostException {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            throw new RefusedFetchException(host, "a loopback name");
        }
        Optional<InetAddress> literal;
        try {
            literal = HostLiteral.parse(h);
        } catch (IllegalArgumentException e) {
            throw new RefusedFetchException(host, "a malformed address");
        }
        List<InetAddress> addresses = literal.map(List::of).orElse(null);
        if (addresses == null) {
            addresses = new ArrayList<>(List.of(resolver.resolve(h)));
        }
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new RefusedFetchException(host, refusal.get());
            }
        }
        return List.copyOf(addresses);
    }

    private static Optional<String> ipv4Refusal(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        int a2 = b[at + 2] & 0xff;
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
            return Optional.of(zero(b, 12, 15) && (b[15] == 0 || b[15] == 1)
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
