package org.vigil.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vigil.contracts.access.Access;

/** Webhook subscriptions: a partner with {@code webhooks:manage}, or an admin managing them for partners. */
@ApplicationScoped
public class WebhookManagerPolicy extends RoleOrScopePolicy {

    public WebhookManagerPolicy() {
        super("webhook-manager", Set.of(Access.ADMIN), Access.WEBHOOKS_MANAGE);
    }
}
