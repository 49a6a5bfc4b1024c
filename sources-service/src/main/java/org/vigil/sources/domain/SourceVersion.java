package org.vigil.sources.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One preserved text of a source, exactly as received, and who supplied it. Never updated: a
 * different text under the same URL is the next version, whoever supplies it.
 */
@Entity
@Table(name = "source_version")
public class SourceVersion extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID sourceId, int number) implements Serializable {}

    @EmbeddedId
    public Key key;

    public String text;

    /** SHA-256 of the text's canonical form (see TextFingerprint): the identity of the text. */
    public String sha256;

    public Instant retrievedAt;

    /** The contributor pseudonym of whoever supplied this text; null when not recorded. Never shown to the public. */
    public String suppliedBy;

    public UUID sourceId() {
        return key.sourceId();
    }

    public int number() {
        return key.number();
    }
}
