package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code GET /api/v1/stats/counts}: {@code {"groups": [{"key", "count"}]}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Counts(List<Group> groups) {

    public Counts {
        groups = groups == null ? List.of() : groups;
    }

    public static Counts empty() {
        return new Counts(List.of());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String key, long count) {}
}
