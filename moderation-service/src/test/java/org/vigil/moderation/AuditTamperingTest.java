package org.vigil.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.vigil.moderation.Fixtures.admin;
import static org.vigil.moderation.Fixtures.contributor;
import static org.vigil.moderation.Fixtures.get;
import static org.vigil.moderation.Fixtures.munichReport;
import static org.vigil.moderation.Fixtures.submitted;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Someone with the table owner's rights edits, deletes, reorders and inserts audit rows directly
 * in the database; the verifier names the first bad entry each time. Each test puts the rows back,
 * and the log verifies again afterwards.
 */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class AuditTamperingTest {

    private static final String ADMIN = admin("admin1");

    /** An entry well inside the log, so appends at its end during a test never touch it. */
    private long target;

    @BeforeEach
    void aLogOfSeveralEntries() throws Exception {
        submitted(contributor("contributor-tampering"), munichReport());
        submitted(contributor("contributor-tampering"), munichReport());
        try (AuditTable table = new AuditTable()) {
            target = table.head() - 2;
        }
    }

    @AfterEach
    void theRestoredLogVerifiesAgain() {
        verify().body("valid", equalTo(true));
    }

    private static ValidatableResponse verify() {
        return get(ADMIN, "/api/v1/audit/verify").statusCode(200);
    }

    /**
     * The verifier's answer while {@code statements} have changed entries {@code first..last},
     * which are put back afterwards.
     */
    private static ValidatableResponse verifiedWhileTampered(long first, long last, String... statements)
            throws Exception {
        try (AuditTable table = new AuditTable()) {
            table.keep(first, last);
            table.tamper(statements);
            try {
                return verify();
            } finally {
                table.restore();
            }
        }
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        verifiedWhileTampered(
                        target,
                        target,
                        "update audit_entry set details = jsonb_set(details, '{reason}', '\"approved by mistake\"')"
                                + " where sequence = " + target)
                .body("valid", equalTo(false))
                .body("firstBadEntry", equalTo((int) target));
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        verifiedWhileTampered(target, target, "delete from audit_entry where sequence = " + target)
                .body("valid", equalTo(false))
                .body("firstBadEntry", equalTo((int) target))
                .body("problem", containsString("missing"));
    }

    @Test
    void reorderedEntriesAreNamed() throws Exception {
        verifiedWhileTampered(
                        target,
                        target + 1,
                        "update audit_entry set sequence = -1 where sequence = " + target,
                        "update audit_entry set sequence = " + target + " where sequence = " + (target + 1),
                        "update audit_entry set sequence = " + (target + 1) + " where sequence = -1")
                .body("valid", equalTo(false))
                .body("firstBadEntry", equalTo((int) target));
    }

    @Test
    void anInsertedEntryIsNamedEvenWhenItsHashIsForged() throws Exception {
        ValidatableResponse answer;
        try (AuditTable table = new AuditTable()) {
            table.insertForged(target);
            try {
                answer = verify();
            } finally {
                table.removeForged(target);
            }
        }
        answer.body("valid", equalTo(false))
                .body("firstBadEntry", equalTo((int) target))
                .body("problem", containsString("inserted"));
    }

    @Test
    void aChangedActorIsNamed() throws Exception {
        verifiedWhileTampered(
                        target,
                        target,
                        "update audit_entry set actor = 'moderator:user-someone-else' where sequence = " + target)
                .body("valid", equalTo(false))
                .body("firstBadEntry", equalTo((int) target));
    }
}
