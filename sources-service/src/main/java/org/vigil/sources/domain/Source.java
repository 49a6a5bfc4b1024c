package org.vigil.sources.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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

    public UUID publisherId;

    public String title;

    public String author;

    public String publishedAt;

    public String language;

    public Instant registeredAt;

    /** Set when the page disappeared or was rewritten upstream; nothing preserved is lost. */
    public Instant deletedUpstreamAt;

    @Version
    public long version;
}
