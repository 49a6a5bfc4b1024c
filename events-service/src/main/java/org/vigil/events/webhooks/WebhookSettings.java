package org.vigil.events.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** {@code vigil.webhooks.*}: how deliveries are queued, sent and retried. */
@ConfigMapping(prefix = "vigil.webhooks")
public interface WebhookSettings {

    /**
     * Plain-http receivers on loopback ({@code VIGIL_WEBHOOK_ALLOW_LOOPBACK}): for the local stack
     * and tests only. Everywhere else a receiver is https on a public address.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** How often new changes are queued as deliveries (read by {@link ChangeFanOut}'s schedule). */
    @WithDefault("1s")
    String fanOutInterval();

    /** How often due deliveries are sent (read by {@link DeliverySender}'s schedule). */
    @WithDefault("1s")
    String sendInterval();

    /** Each subscription multiplies the deliveries of every change: a partner has a handful. */
    @WithDefault("25")
    int maxPerOwner();

    /** How many change-feed rows one subscription's fan-out reads at a time. */
    @WithDefault("200")
    int fanOutBatch();

    /** How many deliveries one pass of the sender leases. */
    @WithDefault("50")
    int sendBatch();

    /** How many deliveries are in flight at once. */
    @WithDefault("8")
    int concurrency();

    /**
     * The wait before each retry; a delivery still failing after the last one is given up and the
     * next in line goes. The default adds up to about 47 hours.
     */
    @WithDefault("5s,30s,2m,10m,30m,1h,3h,6h,12h,12h,12h")
    List<Duration> retrySchedule();

    /** A subscription whose every delivery failed for this long is disabled. */
    @WithDefault("72h")
    Duration disableAfter();

    /** How long a rotated-out secret keeps signing beside the new one. */
    @WithDefault("24h")
    Duration previousSecretValidity();

    /**
     * The key signing secrets are encrypted with at rest ({@code VIGIL_WEBHOOK_SECRET_KEY}; see
     * {@link WebhookSecretKey}). No default: production must set one.
     */
    String secretKey();
}
