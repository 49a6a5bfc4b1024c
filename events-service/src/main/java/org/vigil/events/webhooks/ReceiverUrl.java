package org.vigil.events.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A partner's receiver URL, checked twice: when the subscription is made and before every
 * delivery, since what a name resolves to can change. https only; plain http only to a loopback
 * receiver and only when loopback receivers are allowed (a local stack, tests).
 *
 * @param host the host name or IP literal, without brackets
 * @param target the path and query the request asks for
 */
public record ReceiverUrl(URI uri, String host, int port, boolean tls, String target) {

    private static final int MAX_LENGTH = 2000;

    /** Looks up a host name; the production one is {@link InetAddress#getAllByName}. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a receiver URL or its address is refused. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads a URL as a receiver: absolute, http(s), a host, no user info. */
    public static ReceiverUrl parse(String text, boolean allowLoopback) {
        if (text == null || text.isBlank()) {
            throw new Refused("is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Refused("is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean tls = scheme.equals("https");
        if (!tls && !(scheme.equals("http") && allowLoopback)) {
            throw new Refused("must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new Refused("must name a host, and no user info or fragment");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new ReceiverUrl(uri, host.toLowerCase(Locale.ROOT), port, tls, target);
    }

    /**
     * The address to connect to: every address the host resolves to must be allowed, and a
     * plain-http receiver must be on loopback. The caller connects to exactly this address.
     */
    public InetAddress vet(Resolver resolver, boolean allowLoopback) {
        List<InetAddress> addresses;
        try {
            addresses = List.of(resolver.resolve(host));
        } catch (UnknownHostException e) {
            throw new Refused("names a host that does not resolve");
        }
        if (addresses.isEmpty()) {
            throw new Refused("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = ReceiverAddress.refusal(address, allowLoopback);
            if (refusal.isPresent()) {
                throw new Refused("resolves to " + refusal.get() + ", which receives no webhooks");
            }
            if (!tls && !ReceiverAddress.isLoopback(address)) {
                throw new Refused("must be an https URL");
            }
        }
        return addresses.get(0);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
