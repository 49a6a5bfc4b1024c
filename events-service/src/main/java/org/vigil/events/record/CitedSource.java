package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A source the current record rests on, once however many claims cite it: what exports list in
 * ACLED's {@code source} column and JSON-LD as {@code citation}. The rating is the publisher's as
 * of the approval that carried it.
 *
 * @param unverified {@code true} when none of the quotes the record rests on was found in this
 *     source (two moderators approved them anyway); {@code null}, and left out, otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitedSource(
        UUID sourceId, String url, String title, String publisher, Rating rating, Boolean unverified) {

    /** A source with a quote found in it. */
    public CitedSource(UUID sourceId, String url, String title, String publisher, Rating rating) {
        this(sourceId, url, title, publisher, rating, null);
    }

    @JsonIgnore
    public boolean isUnverified() {
        return Boolean.TRUE.equals(unverified);
    }
}
