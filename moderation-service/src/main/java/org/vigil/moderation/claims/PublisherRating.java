package org.vigil.moderation.claims;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.vigil.contracts.vocabulary.Rating;

/**
 * A publisher's current reliability rating, from {@code PublisherRated}. It takes precedence over
 * the rating a quote check recorded, which may be older.
 */
@Entity
@Table(name = "publisher_rating")
public class PublisherRating extends PanacheEntityBase {

    @Id
    public UUID publisherId;

    public String name;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    public Instant ratedAt;
}
