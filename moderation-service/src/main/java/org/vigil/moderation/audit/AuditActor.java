package org.vigil.moderation.audit;

import java.util.Objects;
import org.vigil.identity.Pseudonym;

/**
 * Who did something, qualified by the capacity they acted in, stored as {@code role:id}.
 *
 * <p>Moderators and admins are accountable for their acts, so they are identified by their OIDC
 * subject (stable across renames, and not a name or e-mail). Contributors are watched by a hostile
 * state: the log, which admins read through the gateway, names them only by their pseudonym, and
 * {@link #contributor(Pseudonym)} accepts nothing else. A moderator who submits a report acts as a
 * contributor and is recorded as one. Partners are organisations and are named by their client id.
 *
 * <p>The role prefix keeps the capacities apart: a subject can never be mistaken for a pseudonym.
 */
public record AuditActor(Role role, String id) {

    private static final int MAX_ID_LENGTH = 255;

    public enum Role {
        CONTRIBUTOR("contributor"),
        MODERATOR("moderator"),
        ADMIN("admin"),
        PARTNER("partner"),
        SYSTEM("system");

        private final String wire;

        Role(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public AuditActor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an actor id is 1 to " + MAX_ID_LENGTH + " printable characters");
        }
    }

    public static AuditActor contributor(Pseudonym pseudonym) {
        return new AuditActor(Role.CONTRIBUTOR, pseudonym.value());
    }

    public static AuditActor moderator(String subject) {
        return new AuditActor(Role.MODERATOR, subject);
    }

    public static AuditActor admin(String subject) {
        return new AuditActor(Role.ADMIN, subject);
    }

    public static AuditActor partner(String clientId) {
        return new AuditActor(Role.PARTNER, clientId);
    }

    /** An act no person performed directly, e.g. {@code system:moderation-service}. */
    public static AuditActor system(String component) {
        return new AuditActor(Role.SYSTEM, component);
    }

    /**
     * The form stored in {@link AuditEntry#actor()}: {@code moderator:6b1f…},
     * {@code contributor:contributor-7fq3k-2mxa9}.
     */
    public String wire() {
        return role.wire() + ":" + id;
    }

    @Override
    public String toString() {
        return wire();
    }
}
