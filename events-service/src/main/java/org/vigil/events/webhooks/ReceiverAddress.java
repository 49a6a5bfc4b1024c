package org.vigil.events.webhooks;

import java.net.InetAddress;
import java.util.Optional;
import org.vigil.net.PublicAddress;

/**
 * Which addresses a webhook may be delivered to. A subscription names any URL, so without this a
 * partner could make events-service post to its own admin endpoints, the database, the broker or
 * a cloud metadata service, and read what they answer in the delivery log.
 *
 * <p>The refused ranges are {@link PublicAddress}'s. Loopback alone can be allowed, for a local
 * stack's receivers ({@code vigil.webhooks.allow-loopback}).
 */
public final class ReceiverAddress {

    private ReceiverAddress() {}

    /** Why a delivery to {@code address} is refused, or empty when it is allowed. */
    public static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        if (allowLoopback && isLoopback(address)) {
            return Optional.empty();
        }
        return PublicAddress.refusal(address);
    }

    /** 127.0.0.0/8, ::1 and 127.0.0.0/8 mapped into IPv6. */
    public static boolean isLoopback(InetAddress address) {
        return PublicAddress.isLoopback(address);
    }
}
