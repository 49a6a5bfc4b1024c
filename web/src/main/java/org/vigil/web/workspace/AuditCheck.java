package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** moderation-service's walk of the audit chain: intact or not, how long, and where it broke. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditCheck(boolean valid, long entries, String head, Long firstBadEntry, String problem) {

    /** The entry where the chain breaks; 0 when the service did not say. */
    public long brokenAt() {
        return firstBadEntry == null ? 0 : firstBadEntry;
    }
}
