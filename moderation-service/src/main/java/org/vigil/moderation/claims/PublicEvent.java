package org.vigil.moderation.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.vigil.contracts.vocabulary.EventKind;

/**
 * An event of the public record as the events service last announced it ({@code EventPublished}).
 * A local projection for duplicate detection: this service never reads the events service's tables.
 */
@Entity
@Table(name = "public_event")
public class PublicEvent extends PanacheEntityBase {

    @Id
    public UUID eventId;

    /** Grows with every change: an older announcement arriving late never overwrites a newer one. */
    public long version;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    public String title;

    public LocalDate startDate;

    public LocalDate endDate;

    public String countryCode;

    public String city;

    public Double lat;

    public Double lon;

    public boolean retracted;

    public Instant receivedAt;
}
