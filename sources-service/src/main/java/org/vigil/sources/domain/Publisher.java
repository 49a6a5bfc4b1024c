package org.vigil.sources.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.vocabulary.Rating;

/** Whoever publishes under one registrable domain, with the reliability rating admins give it. */
@Entity
@Table(name = "publisher")
public class Publisher extends PanacheEntityBase {

    @Id
    public UUID id;

    public String domain;

    public String name;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    public Instant ratedAt;

    @Version
    public long version;
}
