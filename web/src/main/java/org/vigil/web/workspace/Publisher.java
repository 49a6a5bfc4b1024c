package org.vigil.web.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A publisher as sources-service lists it, with its rating. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Publisher(String id, String name, String domain, String rating) {

    static final List<String> RATINGS = List.of("reliable", "mixed", "state_affiliated", "unreliable", "unrated");

    public List<String> ratings() {
        return RATINGS;
    }

    public String ratingOrUnrated() {
        return rating == null ? "unrated" : rating.toLowerCase(java.util.Locale.ROOT);
    }
}
