package org.vigil.sources.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.vocabulary.QuoteCheck;

/** Where one cited quote stands in the source version it was checked against. */
@Entity
@Table(name = "quote_check")
public class CitationCheck extends PanacheEntityBase {

    @Embeddable
    public record Key(UUID claimId, int citationIndex) implements Serializable {}

    @EmbeddedId
    public Key key;

    public UUID sourceId;

    public Integer sourceVersion;

    public String exact;

    public String prefix;

    public String suffix;

    @Enumerated(EnumType.STRING)
    public QuoteCheck result;

    @Column(name = "quote_start")
    public Integer start;

    @Column(name = "quote_end")
    public Integer end;

    /** The claim citing it took effect: the quote may be shown to the public. */
    public boolean approved;

    public Instant checkedAt;
}
