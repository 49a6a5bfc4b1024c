package org.vigil.sources.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A document, identified by its normalised URL; its texts are its {@link SourceVersion}s. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Normalised: the same page under tracking parameters or another case of host is one source. */
    public String url;

    @Column(name = "publisher_id")
    public UUID publisherId;

    public String title;

    public String author;

    @Column(name = "published_at")
    public String publishedAt;

    public String language;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** Set when the page disappeared or was rewritten upstream; nothing preserved is lost. */
    @Column(name = "deleted_upstream_at")
    public Instant deletedUpstreamAt;

    @Version
    public long version;
}
