package org.vigil.events.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A source the current record rests on, once however many claims cite it: what exports list in
 * ACLED's {@code source} column and JSON-LD as {@code citation}. The rating is the publisher's as
 * of the approval that carried it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitedSource(UUID sourceId, String url, String title, String publisher, Rating rating) {}
