package org.vigil.moderation.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.identity.Pseudonym;

/** Logs to verify and rows to tamper with, shared by the audit tests. */
final class AuditFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.parse("2026-02-14T09:30:00.123456Z");
    static final String MODERATOR = "3f1c8a52-2d5e-4f0b-9a77-4c1e0f6b2a10";
    static final Pseudonym CONTRIBUTOR = new Pseudonym("contributor-7fq3k-2mxa9");

    private AuditFixtures() {}

    /** A log of {@code n} entries alternating submissions and decisions, one minute apart. */
    static List<AuditEntry> log(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 1; i <= n; i++) {
            AuditEntry entry = AuditChain.append(head, act(i));
            entries.add(entry);
            head = entry.asHead();
        }
        return entries;
    }

    static AuditAct act(int i) {
        Instant at = T0.plus(Duration.ofMinutes(i));
        String claim = "claim-" + ((i + 1) / 2);
        if (i % 2 == 1) {
            return new AuditAct(
                    at,
                    AuditActor.contributor(CONTRIBUTOR),
                    AuditAction.SUBMITTED,
                    "claim",
                    claim,
                    details("property", "attendance"));
        }
        return new AuditAct(
                at,
                AuditActor.moderator(MODERATOR),
                AuditAction.DECIDED,
                "claim",
                claim,
                details("verdict", "approve"));
    }

    static ObjectNode details(String key, String value) {
        ObjectNode node = JSON.createObjectNode();
        node.put(key, value);
        return node;
    }

    /** The log as rows of {@code audit_entry}, as someone with write access to the table sees them. */
    static List<AuditRecord> rows(List<AuditEntry> entries) {
        return new ArrayList<>(entries.stream().map(AuditRecord::of).toList());
    }

    static List<AuditEntry> entries(List<AuditRecord> rows) {
        return rows.stream().map(AuditRecord::entry).toList();
    }

    /** A row's details to edit in place (every entry's details are an object). */
    static ObjectNode editableDetails(AuditRecord row) {
        return (ObjectNode) row.details;
    }

    /** What a forger who knows the algorithm does after editing: recompute the row's hash. */
    static AuditRecord reseal(AuditRecord row) {
        row.hash = AuditChain.hashOf(row.entry());
        return row;
    }
}
