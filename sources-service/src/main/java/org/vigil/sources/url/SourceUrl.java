package org.vigil.sources.url;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source's URL in its normalised form: "the same URL is one source" (docs/product.md §2; issue 3,
 * point 1), so two spellings of one page must normalise to one string.
 *
 * <ul>
 *   <li>only {@code http} and {@code https}; scheme and host in lower case;
 *   <li>international host names in ASCII (punycode, {@code bücher.de} → {@code xn--bcher-kva.de}),
 *       a trailing dot dropped; IP hosts in their canonical form whatever their spelling;
 *   <li>default ports (80, 443) and the fragment dropped;
 *   <li>an empty path becomes {@code /}; {@code .} and {@code ..} segments resolved;
 *   <li>percent-encoding canonical: unreserved characters decoded, other escapes in upper-case
 *       hex, characters that may not appear raw (spaces, non-ASCII) encoded as UTF-8;
 *   <li>tracking parameters dropped ({@link #TRACKING_PARAMETERS} and every {@code utm_*}), the
 *       remaining query parameters sorted by name, then value.
 * </ul>
 *
 * <p>URLs with credentials ({@code https://user:pass@host/}) are refused: a citation never needs
 * them, and {@code https://bbc.co.uk@evil.example/} is a known way to make one site look like
 * another. A backslash is read as a slash, as browsers do for http(s).
 */
public final class SourceUrl {

    /** Longest URL accepted; browsers and servers commonly stop well before this. */
    public static final int MAX_LENGTH = 4096;

    /**
     * Query parameters that identify a click, a campaign or a sharer, never the document. Any
     * parameter whose name starts with {@code utm_} is dropped too.
     */
    public static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid",
            "gclid",
            "gclsrc",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "yclid",
            "twclid",
            "ttclid",
            "li_fat_id",
            "igshid",
            "igsh",
            "mc_cid",
            "mc_eid",
            "ref_src",
            "ref_url",
            "_ga",
            "_gl",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "oly_anon_id",
            "oly_enc_id",
            "vero_id",
            "wickedid",
            "rb_clickid",
            "s_cid");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
    private static final Pattern HOST_LABELS = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");

    private final String value;
    private final String host;

    private SourceUrl(String value, String host) {
        this.value = value;
        this.host = host;
    }

    /**
     * Normalises {@code raw}.
     *
     * @throws InvalidSourceUrlException with a message fit to show the contributor
     */
    public static SourceUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidSourceUrlException("a source needs a URL");
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidSourceUrlException("a URL may be at most " + MAX_LENGTH + " characters long");
        }
        Matcher m = SCHEME.matcher(text);
        if (!m.matches()) {
            throw new InvalidSourceUrlException("not an absolute URL: " + abbreviate(text));
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidSourceUrlException("only http and https URLs can be sources, not " + scheme + ":");
        }
        String rest = m.group(2).replace('\\', '/');
        if (!rest.startsWith("//")) {
            throw new InvalidSourceUrlException("a URL needs a host after " + scheme + "://");
        }
        rest = rest.substring(2);
        int authorityEnd = indexOfAny(rest, "/?#");
        String authority = rest.substring(0, authorityEnd);
        String afterAuthority = rest.substring(authorityEnd);

        if (authority.indexOf('@') >= 0) {
            throw new InvalidSourceUrlException("URLs with a user name or password are not accepted");
        }
        String hostPart = authority;
        String portPart = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new InvalidSourceUrlException("unclosed IPv6 address in " + abbreviate(text));
            }
            hostPart = authority.substring(0, close + 1);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new InvalidSourceUrlException("malformed host in " + abbreviate(text));
                }
                portPart = after.substring(1);
            }
        } else if (authority.lastIndexOf(':') >= 0) {
            hostPart = authority.substring(0, authority.lastIndexOf(':'));
            portPart = authority.substring(authority.lastIndexOf(':') + 1);
        }
        String host = host(hostPart, text);
        int port = port(portPart, scheme);

        int fragment = afterAuthority.indexOf('#');
        if (fragment >= 0) {
            afterAuthority = afterAuthority.substring(0, fragment);
        }
        int question = afterAuthority.indexOf('?');
        String path = question >= 0 ? afterAuthority.substring(0, question) : afterAuthority;
        String query = question >= 0 ? afterAuthority.substring(question + 1) : "";

        StringBuilder url = new StringBuilder(scheme).append("://").append(host);
        if (port >= 0) {
            url.append(':').append(port);
        }
        url.append(path(path));
        String normalisedQuery = query(query);
        if (!normalisedQuery.isEmpty()) {
            url.append('?').append(normalisedQuery);
        }
        return new SourceUrl(url.toString(), host);
    }

    /** The normalised URL. */
    public String value() {
        return value;
    }

    /** The normalised host: lower-case ASCII, or a canonical IP address (IPv6 in brackets). */
    public String host() {
        return host;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceUrl that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String host(String raw, String url) {
        if (raw.isEmpty()) {
            throw new InvalidSourceUrlException("a URL needs a host: " + abbreviate(url));
        }
        String decoded = percentDecode(raw);
        Optional<InetAddress> literal;
        try {
            literal = HostLiteral.parse(decoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceUrlException("malformed address in " + abbreviate(url));
        }
        if (literal.isPresent()) {
            return HostLiteral.canonical(literal.get());
        }
        if (decoded.startsWith("[")) {
            throw new InvalidSourceUrlException("malformed IPv6 address in " + abbreviate(url));
        }
        String ascii;
        try {
            ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceUrlException("not a valid host name: " + abbreviate(decoded));
        }
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        if (!HOST_LABELS.matcher(ascii).matches()) {
            throw new InvalidSourceUrlException("not a valid host name: " + abbreviate(decoded));
        }
        return ascii;
    }

    /** The port to keep, or -1 when there is none or it is the scheme's default. */
    private static int port(String raw, String scheme) {
        if (raw == null || raw.isEmpty()) {
            return -1;
        }
        if (!raw.chars().allMatch(c -> c >= '0' && c <= '9') || raw.length() > 5) {
            throw new InvalidSourceUrlException("not a port number: " + abbreviate(raw));
        }
        int port = Integer.parseInt(raw);
        if (port == 0 || port > 65535) {
            throw new InvalidSourceUrlException("not a port number: " + raw);
        }
        boolean isDefault = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return isDefault ? -1 : port;
    }

    private static String path(String raw) {
        if (raw.isEmpty()) {
            return "/";
        }
        // decode unreserved escapes first, so that %2E%2E is resolved as the ".." it is
        String encoded = canonicalEscapes(raw, "/");
        return removeDotSegments(encoded);
    }

    /** RFC 3986 §5.2.4, on an absolute path. */
    private static String removeDotSegments(String path) {
        String[] segments = path.split("/", -1);
        List<String> output = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    output.add("");
                }
            } else if (segment.equals("..")) {
                if (!output.isEmpty()) {
                    output.remove(output.size() - 1);
                }
                if (last) {
                    output.add("");
                }
            } else {
                output.add(segment);
            }
        }
        return "/" + String.join("/", output);
    }

    private static String query(String raw) {
        List<String[]> kept = new ArrayList<>();
        for (String parameter : raw.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = canonicalEscapes(equals >= 0 ? parameter.substring(0, equals) : parameter, "/?:@!$'()*+,;");
            String value = equals >= 0 ? "=" + canonicalEscapes(parameter.substring(equals + 1), "/?:@!$'()*+,;=") : "";
            String plainName = percentDecode(name).toLowerCase(Locale.ROOT);
            if (plainName.startsWith("utm_") || TRACKING_PARAMETERS.contains(plainName)) {
                continue;
            }
            kept.add(new String[] {name, value});
        }
        kept.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder query = new StringBuilder();
        for (String[] p : kept) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(p[0]).append(p[1]);
        }
        return query.toString();
    }

    /**
     * Re-encodes {@code raw} so that equal URLs are equal strings: unreserved characters raw,
     * every other byte either one of {@code alsoRaw} or the sub-delimiters left as written, or
     * {@code %XX} in upper case. A lone {@code %} is encoded as {@code %25}.
     */
    private static String canonicalEscapes(String raw, String alsoRaw) {
        StringBuilder out = new StringBuilder(raw.length());
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                int decoded = hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]);
                if (unreserved(decoded)) {
                    out.append((char) decoded);
                } else {
                    out.append('%')
                            .append(Character.toUpperCase((char) bytes[i + 1]))
                            .append(Character.toUpperCase((char) bytes[i + 2]));
                }
                i += 2;
            } else if (unreserved(b) || (b < 0x80 && (alsoRaw.indexOf(b) >= 0 || "!$&'()*+,;=:@".indexOf(b) >= 0))) {
                out.append((char) b);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean unreserved(int b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || b == '-'
                || b == '.'
                || b == '_'
                || b == '~';
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
