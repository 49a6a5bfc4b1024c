package org.vigil.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the path patterns; every prefix is also routed end to end in {@code RoutingTest}. */
class UpstreamRoutesTest {

    @Test
    void exportFormatsBelongToEvents() {
        assertEquals(Optional.of(Upstream.EVENTS), UpstreamRoutes.route("/api/v1/events.csv"));
        assertEquals(Optional.of(Upstream.EVENTS), UpstreamRoutes.route("/api/v1/events.geojson"));
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixIsNotRouted() {
        assertEquals(Optional.empty(), UpstreamRoutes.route("/api/v1/eventsX"));
        assertEquals(Optional.empty(), UpstreamRoutes.route("/api/v1/stats"));
        assertEquals(Optional.empty(), UpstreamRoutes.route("/api/v1/changes/all"));
    }

    @Test
    void mergeGoesToModerationButOtherEventSubpathsToEvents() {
        assertEquals(Optional.of(Upstream.MODERATION), UpstreamRoutes.route("/api/v1/events/e1/merge"));
        assertEquals(Optional.of(Upstream.EVENTS), UpstreamRoutes.route("/api/v1/events/e1/merge/x"));
        assertEquals(Optional.of(Upstream.EVENTS), UpstreamRoutes.route("/api/v1/events/merge"));
    }

    @Test
    void pathsOutsideTheApiAreNotRouted() {
        assertEquals(Optional.empty(), UpstreamRoutes.route("/q/health"));
        assertEquals(Optional.empty(), UpstreamRoutes.route("/api/v2/events"));
    }
}
