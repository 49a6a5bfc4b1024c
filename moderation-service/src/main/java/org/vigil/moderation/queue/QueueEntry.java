package org.vigil.moderation.queue;

import java.util.List;
import java.util.UUID;
import org.vigil.moderation.claims.Citation;
import org.vigil.moderation.claims.Claim;

/**
 * A claim in the moderators' queue with what they need to decide it: its submitter by pseudonym,
 * its approvals so far and by whom (their pseudonyms), its citations with their publishers'
 * current ratings, and the public events it may duplicate.
 */
public record QueueEntry(
        Claim claim,
        String submitter,
        int approvals,
        int approvalsRequired,
        List<String> approvedBy,
        List<Citation> citations,
        List<UUID> possibleDuplicates) {}
