package org.vigil.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of the event list: {@code {items, nextCursor}}, {@code nextCursor} null at the end. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventList(List<PublicEvent> items, String nextCursor) {

    public EventList {
        items = items == null ? List.of() : items;
    }

    public static EventList empty() {
        return new EventList(List.of(), null);
    }
}
