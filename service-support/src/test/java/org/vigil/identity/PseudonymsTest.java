package org.vigil.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymsTest {

    private static final String KEY = "vigil-test-pseudonym-key-0123456789";
    private static final String SUBJECT = "3f1c8a52-2d5e-4f0b-9a77-4c1e0f6b2a10";

    private final Pseudonyms pseudonyms = Pseudonyms.fromSecret(KEY);

    @Test
    void theSameSubjectAlwaysGetsTheSamePseudonym() {
        assertEquals(pseudonyms.of(SUBJECT), Pseudonyms.fromSecret(KEY).of(SUBJECT));
    }

    @Test
    void theDerivationIsHmacSha256AsDocumentedAndNeverChangesSilently() {
        // computed independently (Python hmac); changing it would rename every contributor in the audit log
        assertEquals("contributor-c6zbk-fp7yx", pseudonyms.of(SUBJECT).value());
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        Pseudonyms otherKey = Pseudonyms.fromSecret("another-key-of-at-least-thirty-two-bytes");

        assertNotEquals(pseudonyms.of(SUBJECT), otherKey.of(SUBJECT));
    }

    @Test
    void tenThousandContributorsGetTenThousandPseudonyms() {
        Set<Pseudonym> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(pseudonyms.of(
                    UUID.nameUUIDFromBytes(("contributor " + i).getBytes()).toString()));
        }

        assertEquals(10_000, seen.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {SUBJECT, "azadi1404", "reza.ahmadi@example.org"})
    void aPseudonymNeverContainsTheSubject(String subject) {
        String pseudonym = pseudonyms.of(subject).value();

        assertFalse(pseudonym.contains(subject));
        assertFalse(pseudonym.contains(subject.substring(0, 8)));
    }

    @Test
    void aPseudonymCanBeReadAloud() {
        String pseudonym = pseudonyms.of(SUBJECT).value();

        assertTrue(pseudonym.matches("contributor-[0-9a-z]{5}-[0-9a-z]{5}"), pseudonym);
        assertFalse(pseudonym.substring("contributor-".length()).matches(".*[ilou].*"), pseudonym);
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pseudonyms.fromSecret("test-only-pseudonym-key"));
    }

    @Test
    void theKeyIsNeverPrinted() {
        assertFalse(pseudonyms.toString().contains(KEY));
    }

    @ParameterizedTest
    @ValueSource(strings = {SUBJECT, "contributor1", "contributor-7fq3k2", "contributor-7fq3k-2mxa9 "})
    void onlyThePseudonymShapeIsAcceptedAsAPseudonym(String notAPseudonym) {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonym(notAPseudonym));
    }

    @Test
    void aBlankSubjectIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> pseudonyms.of(" "));
    }

    @Test
    void aModeratorsPseudonymIsDerivedApartFromTheContributorPseudonym() {
        String moderator = pseudonyms.moderatorOf(SUBJECT).value();
        String contributor = pseudonyms.of(SUBJECT).value();

        assertTrue(moderator.matches("moderator-[0-9a-z]{5}-[0-9a-z]{5}"), moderator);
        assertNotEquals(contributor.substring("contributor-".length()), moderator.substring("moderator-".length()));
    }

    @Test
    void aModeratorKeepsTheSamePseudonym() {
        assertEquals(pseudonyms.moderatorOf(SUBJECT), Pseudonyms.fromSecret(KEY).moderatorOf(SUBJECT));
    }

    @Test
    void aContributorPseudonymIsNoModeratorPseudonym() {
        String contributor = pseudonyms.of(SUBJECT).value();

        assertThrows(IllegalArgumentException.class, () -> new ModeratorPseudonym(contributor));
    }
}
