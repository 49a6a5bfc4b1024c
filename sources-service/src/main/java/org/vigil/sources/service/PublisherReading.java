package org.vigil.sources.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.vigil.sources.domain.Publisher;

/** Every publisher the evidence store knows, with its rating. */
@ApplicationScoped
public class PublisherReading {

    @WithSession
    public Uni<List<Publisher>> all() {
        return Publisher.list("order by domain");
    }

    /** Up to {@code limit} publishers after the domain {@code after} (from the first when null), by domain. */
    @WithSession
    public Uni<List<Publisher>> page(String after, int limit) {
        return (after == null
                        ? Publisher.<Publisher>find("order by domain")
                        : Publisher.<Publisher>find("domain > ?1 order by domain", after))
                .page(0, limit)
                .list();
    }
}
