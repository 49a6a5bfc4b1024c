package org.vigil.moderation.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A claim as its author wrote it in one revision. Written once, never changed: the claim's history. */
@Entity
@Immutable
@Table(name = "claim_revision")
@IdClass(ClaimRevision.Key.class)
public class ClaimRevision extends PanacheEntityBase {

    @Id
    public UUID claimId;

    @Id
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode value;

    @Convert(converter = CitationsColumn.class)
    public List<Citation> citations;

    public boolean sensitive;

    public Instant submittedAt;

    public static ClaimRevision of(Claim claim, Instant at) {
        ClaimRevision revision = new ClaimRevision();
        revision.claimId = claim.id;
        revision.revision = claim.revision;
        revision.value = claim.value.deepCopy();
        revision.citations = List.copyOf(claim.citations);
        revision.sensitive = claim.sensitive;
        revision.submittedAt = at;
        return revision;
    }

    /** The identifier: a claim and its revision number. */
    public static class Key implements Serializable {

        public UUID claimId;
        public int revision;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(claimId, that.claimId) && revision == that.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, revision);
        }
    }
}
