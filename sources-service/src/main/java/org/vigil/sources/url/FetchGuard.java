package org.vigil.sources.url;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.net.PublicAddress;

/**
 * Decides whether the platform may open a connection to an address, should it ever fetch a
 * source's URL itself (docs/product.md §6: "if the platform ever fetches a URL it refuses private,
 * loopback and link-local addresses"). Without this, a contributor could make the service read
 * its own admin endpoints, the database, the broker or a cloud metadata service.
 *
 * <p>The refused ranges are {@link PublicAddress}'s. Host names {@code localhost} and
 * {@code *.localhost} are refused before any lookup.
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
        return PublicAddress.refusal(address);
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
}
