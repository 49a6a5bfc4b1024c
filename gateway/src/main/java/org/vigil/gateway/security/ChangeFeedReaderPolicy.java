package org.vigil.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vigil.contracts.access.Access;

/** The change feed is for partners that sync: their token must carry {@code events:read}. */
@ApplicationScoped
public class ChangeFeedReaderPolicy extends RoleOrScopePolicy {

    public ChangeFeedReaderPolicy() {
        super("change-feed-reader", Set.of(), Access.EVENTS_READ);
    }
}
