package org.vigil.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.Webhooks.*;

import db.migration.V6__webhook_secrets_encrypted;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.events.webhooks.SigningSecret;
import org.vigil.events.webhooks.WebhookSecretKey;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/** Webhook signing secrets are kept encrypted in the database, and those stored before are encrypted by V6. */
@QuarkusTest
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class WebhookSecretsAtRestTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hook";

    @Inject
    Pool pool;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookSecretKey secretKey;

    @AfterEach
    void unsubscribe() {
        unsubscribeAll(manager());
        pool.query("delete from webhook_subscription where owner = 'before-v6'")
                .execute()
                .await()
                .indefinitely();
    }

    private Row stored(UUID id) {
        return pool.preparedQuery("select secret, previous_secret from webhook_subscription where id = $1")
                .execute(Tuple.of(id))
                .await()
                .indefinitely()
                .iterator()
                .next();
    }

    @Test
    void aNewSubscriptionsSecretIsStoredEncrypted() {
        var created = subscribe(manager(), RECEIVER, ALL_EVENTS);
        String secret = created.getString("secret");
        String stored = stored(UUID.fromString(created.getString("id"))).getString("secret");
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(secret.substring("whsec_".length())));
    }

    @Test
    void theMigrationEncryptsSecretsStoredInPlainTextAndLeavesSealedOnesAlone() throws Exception {
        UUID id = UUID.randomUUID();
        SigningSecret current = SigningSecret.generate();
        SigningSecret previous = SigningSecret.generate();
        pool.preparedQuery("""
                        insert into webhook_subscription (id, owner, url, event_types, secret, previous_secret,
                            previous_secret_expires_at, feed_position, created_at)
                        values ($1, 'before-v6', $2, $3, $4, $5, $6, 0, $6)""")
                .execute(Tuple.tuple()
                        .addUUID(id)
                        .addString(RECEIVER)
                        .addArrayOfString(new String[] {"event.created"})
                        .addString(current.value())
                        .addString(previous.value())
                        .addOffsetDateTime(OffsetDateTime.now()))
                .await()
                .indefinitely();

        try (Connection connection = dataSource.getConnection()) {
            assertEquals(1, V6__webhook_secrets_encrypted.encrypt(connection, secretKey));
            assertEquals(0, V6__webhook_secrets_encrypted.encrypt(connection, secretKey));
        }
        Row row = stored(id);
        assertEquals(
                List.of(current, previous),
                List.of(
                        secretKey.signingSecret(row.getString("secret"), id.toString()),
                        secretKey.signingSecret(row.getString("previous_secret"), id.toString())));
    }
}
