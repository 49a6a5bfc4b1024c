package org.vigil.web.page;

import io.quarkus.qute.RawString;
import java.util.List;
import org.vigil.web.api.History;
import org.vigil.web.api.PublicEvent;

/**
 * An event's page: the event with its figures and their estimates, the events it is related to,
 * its history and its JSON-LD.
 *
 * @param jsonLd the schema.org JSON-LD as a data block, made safe to embed by {@link JsonLdBlock}
 */
public record EventView(PublicEvent event, List<Related> related, History history, RawString jsonLd) {

    /** A related event with its title when it could be read, else just its id. */
    public record Related(String type, String eventId, String title) {

        public String url() {
            return "/events/" + eventId;
        }
    }
}
