package org.vigil.moderation.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vigil.identity.ModeratorPseudonym;
import org.vigil.identity.Pseudonym;
import org.vigil.moderation.claims.Proposal;
import org.vigil.moderation.identity.Account;

class ProposalViewTest {

    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant AT = Instant.parse("2026-02-14T12:00:00Z");

    /** A moderator known to others as {@code pseudonym}. */
    private static Account moderator(String subject, String pseudonym) {
        return new Account(
                subject, new Pseudonym("contributor-aaaaa-aaaaa"), new ModeratorPseudonym(pseudonym), true, null);
    }

    private static ObjectNode written(Proposal proposal) {
        return JSON.valueToTree(ProposalView.of(proposal));
    }

    @Test
    void aProposedMergeIsOneFlatObjectInTheDocumentedOrder() {
        UUID merged = UUID.randomUUID();
        UUID survivor = UUID.randomUUID();
        Proposal proposal = Proposal.of(
                Proposal.MERGE, merged, survivor, "reported twice", moderator("m-1", "moderator-abcde-fghjk"), AT);

        ObjectNode view = written(proposal);

        assertEquals(
                "proposalId act status subjectId into reason proposedBy proposedAt confirmationsRequired",
                String.join(" ", names(view)));
        assertEquals(proposal.id.toString(), view.get("proposalId").asText());
        assertEquals("merge", view.get("act").asText());
        assertEquals("proposed", view.get("status").asText());
        assertEquals(merged.toString(), view.get("subjectId").asText());
        assertEquals(survivor.toString(), view.get("into").asText());
        assertEquals("reported twice", view.get("reason").asText());
        assertEquals("moderator-abcde-fghjk", view.get("proposedBy").asText());
        assertEquals("2026-02-14T12:00:00Z", view.get("proposedAt").asText());
        assertEquals(1, view.get("confirmationsRequired").asInt());
    }

    @Test
    void aConfirmedRetractionLeavesOutTheMissingSurvivorAndNeedsNoMoreConfirmations() {
        Proposal proposal = Proposal.of(
                Proposal.RETRACT, UUID.randomUUID(), null, "a hoax", moderator("m-1", "moderator-abcde-fghjk"), AT);
        proposal.confirm(moderator("m-2", "moderator-mnpqr-stvwx"), AT.plusSeconds(60));

        ObjectNode view = written(proposal);

        assertFalse(view.has("into"));
        assertEquals("confirmed", view.get("status").asText());
        assertEquals(0, view.get("confirmationsRequired").asInt());
    }

    private static List<String> names(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
