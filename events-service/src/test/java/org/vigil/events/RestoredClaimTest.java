package org.vigil.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.vigil.events.RecordFixtures.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Undoing a retraction: moderation approves a retracted claim again (two moderators agreed), and
 * the public record takes it back.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class RestoredClaimTest {

    @Test
    void aRetractedFigureApprovedAgainIsBackAsAnUpdate() {
        UUID event = published(existence("BE", "Brussels", "2026-01-17"));
        UUID claim = UUID.randomUUID();
        approve(event, claim, "attendance", attendance(4_000), 2);
        send(claimRetracted(event, claim, UUID.randomUUID(), "wrong rally"));
        awaitHistory(event, 3);
        UUID restoring = UUID.randomUUID();
        send(claimApproved(event, claim, restoring, "attendance", attendance(4_000)));
        awaitHistory(event, 4);
        readEvent(event).statusCode(200).body("figures.attendance.low", equalTo(4000));
        readHistory(event)
                .statusCode(200)
                .body("items[3].change", equalTo("figure_changed"))
                .body("items[3].claimId", equalTo(claim.toString()))
                .body("items[3].decisionIds", contains(restoring.toString()))
                .body("items[3].restored", equalTo(true))
                .body("items[3].diff[0].from", equalTo(null))
                .body("items[3].diff[0].to.low", equalTo(4000));
    }

    @Test
    void aRetractedEventApprovedAgainIsCreatedAgain() {
        UUID existence = UUID.randomUUID();
        JsonObject value = existence("BE", "Antwerp", "2026-01-17");
        UUID event = retractedEvent(existence, value);
        send(claimApproved(event, existence, "existence", value));
        awaitStatus(event, 200);
        readHistory(event)
                .statusCode(200)
                .body("items.change", contains("created", "retracted", "created"))
                .body("items[2].restored", equalTo(true));
    }

    @Test
    void anApprovalOfALiveClaimSentAgainChangesNothing() {
        UUID event = published(existence("BE", "Ghent", "2026-01-17"));
        UUID claim = UUID.randomUUID();
        approve(event, claim, "attendance", attendance(2_000), 2);
        send(claimApproved(event, claim, "attendance", attendance(9_000)));
        // a later change, to know the second approval has been handled before counting
        send(claimApproved(event, UUID.randomUUID(), "summary", summary("A few thousand gathered.")));
        awaitHistory(event, 3);
        readEvent(event).statusCode(200).body("figures.attendance.low", equalTo(2000));
        readHistory(event).statusCode(200).body("items.change", contains("created", "figure_changed", "field_changed"));
    }
}
