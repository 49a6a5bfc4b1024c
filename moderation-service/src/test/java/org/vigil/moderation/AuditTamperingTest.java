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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Someone with the table owner's rights edits, deletes, reorders and inserts audit rows directly
 * in the database; the verifier names the first bad entry each time. Each test puts the rows back.
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

    private static ValidatableResponse verify() {
        return get(ADMIN, "/api/v1/audit/verify").statusCode(200);
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        try (AuditTable table = new AuditTable()) {
            table.keep(target, target);
            table.tamper("update audit_entry set details = jsonb_set(details, '{reason}', '\"approved by mistake\"')"
                    + " where sequence = " + target);
            try {
                verify().body("valid", equalTo(false)).body("firstBadEntry", equalTo((int) target));
            } finally {
                table.restore();
            }
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        try (AuditTable table = new AuditTable()) {
            table.keep(target, target);
            table.tamper("delete from audit_entry where sequence = " + target);
            try {
                verify().body("valid", equalTo(false))
                        .body("firstBadEntry", equalTo((int) target))
                        .body("problem", containsString("missing"));
            } finally {
                table.restore();
            }
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void reorderedEntriesAreNamed() throws Exception {
        try (AuditTable table = new AuditTable()) {
            table.keep(target, target + 1);
            table.tamper("update audit_entry set sequence = -1 where sequence = " + target,
                    "update audit_entry set sequence = " + target + " where sequence = " + (target + 1),
                    "update audit_entry set sequence = " + (target + 1) + " where sequence = -1");
            try {
                verify().body("valid", equalTo(false)).body("firstBadEntry", equalTo((int) target));
            } finally {
                table.restore();
            }
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void anInsertedEntryIsNamedEvenWhenItsHashIsForged() throws Exception {
        try (AuditTable table = new AuditTable()) {
            table.insertForged(target);
            try {
                verify().body("valid", equalTo(false))
                        .body("firstBadEntry", equalTo((int) target))
                        .body("problem", containsString("inserted"));
            } finally {
                table.removeForged(target);
            }
        }
        verify().body("valid", equalTo(true));
    }

    @Test
    void aChangedActorIsNamed() throws Exception {
        try (AuditTable table = new AuditTable()) {
            table.keep(target, target);
            table.tamper("update audit_entry set actor = 'moderator:user-someone-else' where sequence = " + target);
            try {
                verify().body("valid", equalTo(false)).body("firstBadEntry", equalTo((int) target));
            } finally {
                table.restore();
            }
        }
        verify().body("valid", equalTo(true));
    }
}
