package org.vigil.sources.messaging;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
    public Flow.Subscriber<Message<JsonObject>> consume() {
        return inbox.subscriber("reports-submitted", ReportSubmitted.class, checking::checkAll);
    }
}
