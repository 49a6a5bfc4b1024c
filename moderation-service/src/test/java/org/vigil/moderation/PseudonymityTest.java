package org.vigil.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.moderation.Fixtures.approve;
import static org.vigil.moderation.Fixtures.claimAsModerator;
import static org.vigil.moderation.Fixtures.contributingModerator;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.drain;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.moderator;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.post;
import static org.vigil.moderation.Fixtures.submittedAndChecked;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.Topology;
import org.vigil.moderation.Fixtures.Submitted;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * A contributor's identity never leaves this service (docs/product.md §6): moderators see a keyed
 * pseudonym, and no outgoing message carries the subject or the username.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class PseudonymityTest {

    /** The username; the token's subject is {@code user-} and the same. */
    private static final String WATCHED = "shirin.tehrani.1979";

    private static final String MODERATOR = moderator("moderator1");

    @Test
    void theContributorsIdentityTravelsInNoMessage() {
        Submitted report = submittedAndChecked(contributor(WATCHED), munichReport());
        approve(MODERATOR, report.claim(0));
        approve(MODERATOR, report.claim(1));
        post(moderator("moderator2"), "/api/v1/claims/" + report.claim(1) + "/retract", "{\"reason\": \"misquoted\"}")
                .statusCode(200);

        List<JsonObject> messages = new ArrayList<>();
        messages.addAll(drain(Topology.REPORT_SUBMITTED, "sources"));
        messages.addAll(drain(Topology.CLAIM_APPROVED, "events"));
        messages.addAll(drain(Topology.CLAIM_RETRACTED, "events"));
        List<String> ours = messages.stream()
                .map(JsonObject::encode)
                .filter(m -> m.contains(report.claim(0).toString())
                        || m.contains(report.claim(1).toString()))
                .toList();

        assertTrue(
                ours.size() >= 4,
                "expected ReportSubmitted, two ClaimApproved and ClaimRetracted, read " + ours.size());
        ours.forEach(message -> assertFalse(message.contains(WATCHED), message));
    }

    @Test
    void moderatorsSeeOnlyThePseudonym() {
        Submitted report = submittedAndChecked(contributor(WATCHED), munichReport());

        claimAsModerator(report.claim(0))
                .body("submitter", matchesPattern("contributor-[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}"))
                .body(not(containsString(WATCHED)));
        get(MODERATOR, "/api/v1/moderation/queue?country=DE&limit=200").body(not(containsString(WATCHED)));
    }

    @Test
    void aContributorKeepsOnePseudonymAcrossReports() {
        Submitted first = submittedAndChecked(contributor(WATCHED), munichReport());
        Submitted second = submittedAndChecked(contributor(WATCHED), munichReport());

        String pseudonym = claimAsModerator(first.claim(0)).extract().path("submitter");
        claimAsModerator(second.claim(0)).body("submitter", equalTo(pseudonym));
    }

    @Test
    void aModeratorsPseudonymIsDerivedApartFromTheirContributorPseudonym() {
        String both = contributingModerator("moderator-and-contributor");
        Submitted own = submittedAndChecked(both, munichReport());
        Submitted other = submittedAndChecked(contributor("contributor-pseudonym-2"), munichReport());
        approve(both, other.claim(0));

        String asContributor = claimAsModerator(own.claim(0)).extract().path("submitter");
        String asModerator = claimAsModerator(other.claim(0)).extract().path("approvedBy[0]");
        assertTrue(asModerator.matches("moderator-[0-9a-z]{5}-[0-9a-z]{5}"), asModerator);
        assertNotEquals(asContributor.substring("contributor-".length()), asModerator.substring("moderator-".length()));
    }
}
