package org.vigil.sources.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.amqp.IncomingAmqpMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.vigil.contracts.events.ReportSubmitted;
import org.vigil.messaging.Inbox;
import org.vigil.sources.service.QuoteChecking;

/** A report was accepted: register its sources and check its quotes. */
@ApplicationScoped
public class ReportSubmittedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    QuoteChecking checking;

    @Incoming("reports-submitted")
    public Uni<Void> consume(JsonObject body, IncomingAmqpMetadata amqp) {
        return inbox.receiveOnce(body, amqp, ReportSubmitted.class, checking::checkAll);
    }
}
