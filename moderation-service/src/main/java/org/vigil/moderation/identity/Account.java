package org.vigil.moderation.identity;

import java.util.Objects;
import org.vigil.identity.ModeratorPseudonym;
import org.vigil.identity.Pseudonym;
import org.vigil.moderation.audit.AuditActor;

/**
 * Who is acting: the OIDC subject (kept inside this service only, and compared to decide who may
 * do what), the pseudonyms others know them by, and, for a partner's service account, its client
 * id.
 */
public record Account(
        String subject, Pseudonym pseudonym, ModeratorPseudonym moderatorPseudonym, boolean moderator, String partner) {

    public Account {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(moderatorPseudonym, "moderatorPseudonym");
    }

    /** How the audit log names this account submitting, revising or withdrawing. */
    public AuditActor asAuthor() {
        return partner != null ? AuditActor.partner(partner) : AuditActor.contributor(pseudonym);
    }

    /** How the audit log names this account deciding: moderators are accountable by subject. */
    public AuditActor asModerator() {
        return AuditActor.moderator(subject);
    }

    /** Leaves out the subject: an account may be logged, its person may not. */
    @Override
    public String toString() {
        return "Account[" + pseudonym + (moderator ? ", " + moderatorPseudonym : "") + "]";
    }
}
