package org.vigil.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The first answer to a keyed request, as it is replayed to every retry: status, JSON body, location. */
record StoredAnswer(int status, String body, String location) {

    /** Marks a replayed answer, so a client can tell that nothing new was created. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    Response replay() {
        Response.ResponseBuilder answer = Response.status(status).header(REPLAYED_HEADER, "true");
        if (body != null) {
            answer.entity(body).type(MediaType.APPLICATION_JSON);
        }
        if (location != null) {
            answer.location(URI.create(location));
        }
        return answer.build();
    }
}
