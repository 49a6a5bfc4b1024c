package org.vigil.sources.url;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a URL's host as an IP address when it is written as one, in every spelling a browser or
 * an HTTP client accepts: dotted IPv4 ({@code 127.0.0.1}), the shortened, decimal, octal and hex
 * forms ({@code 127.1}, {@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f000001}), and IPv6
 * in brackets or without ({@code [::ffff:127.0.0.1]}).
 *
 * <p>These spellings are how a request is smuggled to an internal address past a naive check,
 * so {@link FetchGuard} and {@link SourceUrl} read hosts here, never by a DNS lookup: parsing
 * never touches the network.
 */
public final class HostLiteral {

    private HostLiteral() {}

    /**
     * The address {@code host} spells, or empty when it is a domain name.
     *
     * @throws IllegalArgumentException when the host ends in a number but is no valid IPv4
     *     address (as browsers do, such a host is refused rather than looked up as a name), or
     *     is bracketed but no valid IPv6 address
     */
    public static Optional<InetAddress> parse(String host) {
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            return Optional.of(address(ipv6(h.substring(1, h.length() - 1))
                    .orElseThrow(() -> new IllegalArgumentException("not an IPv6 address: " + host))));
        }
        if (h.indexOf(':') >= 0) {
            return ipv6(h).map(HostLiteral::address);
        }
        if (!endsInNumber(h)) {
            return Optional.empty();
        }
        return Optional.of(
                address(ipv4(h).orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: " + host))));
    }

    /** The canonical text of an address: dotted IPv4, or RFC 5952 IPv6 in brackets. */
    public static String canonical(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // RFC 5952: the longest run of two or more zero groups, the first if tied, becomes "::"
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLength - 1;
                continue;
            }
            if (s.length() > 1 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(groups[i]));
        }
        return s.append(']').toString();
    }

    private static boolean endsInNumber(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = h.substring(h.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (last.isEmpty()) {
            return false;
        }
        if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return last.startsWith("0x") && last.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** The WHATWG URL Standard's IPv4 parser: one to four parts, each decimal, octal or hex. */
    private static Optional<byte[]> ipv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> n = number(parts[i]);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            numbers[i] = n.get();
            if (i < parts.length - 1 && numbers[i] > 255) {
                return Optional.empty();
            }
        }
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            return Optional.empty();
        }
        long value = last;
        for (int i = 0; i < parts.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        return Optional.of(
                new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    private static Optional<Long> number(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (p.startsWith("0x")) {
            radix = 16;
            p = p.substring(2);
            if (p.isEmpty()) {
                return Optional.of(0L); // "0x" alone is zero, as browsers read it
            }
        } else if (p.length() > 1 && p.startsWith("0")) {
            radix = 8;
            p = p.substring(1);
        }
        if (p.isEmpty() || p.length() > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(p, radix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** RFC 4291 text forms, including "::" and a dotted IPv4 tail; zone ids are refused. */
    private static Optional<byte[]> ipv6(String text) {
        if (text.isEmpty() || text.indexOf('%') >= 0) {
            return Optional.empty();
        }
        String s = text;
        byte[] tail = null;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.', lastColon) >= 0) {
            String dotted = s.substring(lastColon + 1);
            if (!dotted.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                return Optional.empty();
            }
            tail = ipv4(dotted).orElse(null);
            if (tail == null) {
                return Optional.empty();
            }
            s = s.substring(0, lastColon + 1) + "0:0"; // placeholder groups, replaced below
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        String[] head = doubleColon >= 0 ? split(s.substring(0, doubleColon)) : split(s);
        String[] rest = doubleColon >= 0 ? split(s.substring(doubleColon + 2)) : new String[0];
        int groups = head.length + rest.length;
        if (groups > 8 || (doubleColon < 0 && groups != 8) || (doubleColon >= 0 && groups > 7)) {
            return Optional.empty();
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < head.length; i++) {
            if (!group(head[i], bytes, i)) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < rest.length; i++) {
            if (!group(rest[i], bytes, 8 - rest.length + i)) {
                return Optional.empty();
            }
        }
        if (tail != null) {
            System.arraycopy(tail, 0, bytes, 12, 4);
        }
        return Optional.of(bytes);
    }

    private static String[] split(String groups) {
        return groups.isEmpty() ? new String[0] : groups.split(":", -1);
    }

    private static boolean group(String group, byte[] bytes, int index) {
        if (group.isEmpty() || group.length() > 4) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < group.length(); i++) {
            int digit = Character.digit(group.charAt(i), 16);
            if (digit < 0) {
                return false;
            }
            value = value * 16 + digit;
        }
        bytes[2 * index] = (byte) (value >>> 8);
        bytes[2 * index + 1] = (byte) value;
        return true;
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes); // builds the object only, no lookup
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
