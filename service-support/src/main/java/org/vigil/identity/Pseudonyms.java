package org.vigil.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives each contributor's stable pseudonym from their OIDC subject with HMAC-SHA256 under a
 * secret key ({@code VIGIL_PSEUDONYM_KEY}), and each moderator's, separately.
 *
 * <ul>
 *   <li><b>Stable</b>: the same subject and key always give the same pseudonym, so moderators can
 *       recognise a contributor's track record across reports, and nothing needs storing.
 *   <li><b>Not reversible without the key</b>: subjects are guessable (Keycloak's are UUIDs, but
 *       another provider might use usernames), so an unkeyed hash could be reversed by hashing
 *       candidates. With a keyed hash, someone who sees pseudonyms (a moderator, a leaked audit
 *       export) learns nothing about the account without the key. The key must be at least 32
 *       bytes (RFC 2104 advises a key as long as the hash) and must stay out of the repository.
 *   <li><b>Readable</b>: {@code contributor-} then 10 characters of Crockford's base-32 alphabet
 *       in two groups of five ({@code contributor-7fq3k-2mxa9}); the alphabet leaves out i, l, o
 *       and u so it can be read aloud and copied by hand. No word lists: every combination of
 *       words would have to be checked for offence in several languages.
 *   <li><b>Distinct enough</b>: 10 characters carry 50 bits. Among 10,000 contributors the
 *       chance that any two share a pseudonym is about 4 in 100 million; among 100,000, about 4
 *       in a million. The pseudonym is only a label: who may act on a claim is decided by
 *       comparing subjects, never pseudonyms, so even a collision cannot grant anything.
 * </ul>
 * <p><b>Moderators</b> get pseudonyms of their own ({@code moderator-…}), derived with a different
 * purpose string, so the two names of a person who both contributes and moderates cannot be
 * linked by anyone who sees both: a contributor learning who decided, a moderator reading the queue.
 *
 * <p>Changing the key changes every pseudonym, including those already written into the audit log:
 * rotate it only on compromise, and record the rotation.
 */
public final class Pseudonyms {

    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    /** Separates this use of the key from any other the key might be put to. */
    private static final byte[] CONTRIBUTOR = "vigil/contributor-pseudonym/v1\0".getBytes(StandardCharsets.UTF_8);

    private static final byte[] MODERATOR = "vigil/moderator-pseudonym/v1\0".getBytes(StandardCharsets.UTF_8);
    private static final char[] CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final int CHARACTERS = 10;

    private final SecretKeySpec key;

    public Pseudonyms(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonym key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
    }

    /** A key given as text (as an environment variable holds it): its UTF-8 bytes are the key. */
    public static Pseudonyms fromSecret(String secret) {
        Objects.requireNonNull(secret, "secret");
        return new Pseudonyms(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The contributor's pseudonym. */
    public Pseudonym of(String subject) {
        return new Pseudonym(render("contributor-", digest(CONTRIBUTOR, subject)));
    }

    /** The moderator's pseudonym: unrelated to the contributor pseudonym of the same subject. */
    public ModeratorPseudonym moderatorOf(String subject) {
        return new ModeratorPseudonym(render("moderator-", digest(MODERATOR, subject)));
    }

    private byte[] digest(byte[] purpose, String subject) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a subject is never blank");
        }
        return mac(purpose).doFinal(subject.getBytes(StandardCharsets.UTF_8));
    }

    private Mac mac(byte[] purpose) {
        // A Mac is not thread-safe, and a fresh one costs microseconds: one per call.
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    private static String render(String prefix, byte[] digest) {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < CHARACTERS; i++) {
            if (i == 5) {
                name.append('-');
            }
            // the top 50 bits, five at a time
            name.append(CROCKFORD[(int) ((bits >>> (59 - 5 * i)) & 0x1f)]);
        }
        return name.toString();
    }

    @Override
    public String toString() {
        return "Pseudonyms[key withheld]";
    }
}
