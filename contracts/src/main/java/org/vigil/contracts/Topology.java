package org.vigil.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where each integration event travels. Every address is a durable MULTICAST address on the
 * broker with one durable queue per consuming service, declared up front (broker.xml, the test
 * broker, the k8s config map) so that nothing published before a consumer first connects is
 * dropped. A consumer attaches to its own queue by its fully qualified name,
 * {@code address::queue}.
 */
public enum Topology {
    REPORT_SUBMITTED("ReportSubmitted", "vigil.reports.submitted", "sources"),
    QUOTE_CHECKED("QuoteChecked", "vigil.quotes.checked", "moderation"),
    CLAIM_APPROVED("ClaimApproved", "vigil.claims.approved", "events", "sources"),
    CLAIM_RETRACTED("ClaimRetracted", "vigil.claims.retracted", "events", "sources"),
    EVENTS_MERGED("EventsMerged", "vigil.events.merged", "events"),
    EVENT_PUBLISHED("EventPublished", "vigil.events.published", "moderation"),
    PUBLISHER_RATED("PublisherRated", "vigil.publishers.rated", "moderation", "events");

    /** Where the broker puts a message no consumer could take after its delivery attempts. */
    public static final String DEAD_LETTER_ADDRESS = "vigil.dead-letter";

    public static final String EXPIRY_ADDRESS = "vigil.expired";

    private final String type;
    private final String address;
    private final List<String> consumers;

    Topology(String type, String address, String... consumers) {
        this.type = type;
        this.address = address;
        this.consumers = List.of(consumers);
    }

    public String type() {
        return type;
    }

    public String address() {
        return address;
    }

    public List<String> consumers() {
        return consumers;
    }

    /** The durable queue a consuming service reads this address from. */
    public String queueFor(String consumer) {
        if (!consumers.contains(consumer)) {
            throw new IllegalArgumentException(consumer + " does not consume " + address);
        }
        return address + "." + consumer;
    }

    /** The fully qualified queue name a consumer puts in its channel's {@code address}. */
    public String fullyQualifiedQueueFor(String consumer) {
        return address + "::" + queueFor(consumer);
    }

    public static Optional<Topology> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static Topology of(IntegrationEvent event) {
        return ofType(event.type()).orElseThrow(() -> new IllegalArgumentException("no address for " + event.type()));
    }
}
