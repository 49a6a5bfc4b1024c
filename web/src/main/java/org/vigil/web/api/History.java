package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code GET /api/v1/events/{id}/history}: every change to the event, oldest first, each with the
 * claim behind it and the fields it changed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record History(@JsonAlias("items") List<Change> changes, String nextCursor) {

    public History {
        changes = changes == null ? List.of() : changes;
    }

    public static History empty() {
        return new History(List.of(), null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(
            String change,
            String claimId,
            String at,
            String reason,
            @JsonAlias("diff") List<FieldChange> changes) {

        public Change {
            changes = changes == null ? List.of() : changes;
        }

        /** The names of the fields this change touched. */
        public List<String> fields() {
            return changes.stream().map(FieldChange::field).distinct().toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldChange(String field) {}
}
