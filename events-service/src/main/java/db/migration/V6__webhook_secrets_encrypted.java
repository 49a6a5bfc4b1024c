package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.vigil.events.webhooks.WebhookSecretKey;

/**
 * Encrypts the webhook signing secrets stored in plain text before V6 (the current and the
 * rotated-out one of each subscription) with {@code VIGIL_WEBHOOK_SECRET_KEY}. Java, not SQL: the
 * key is configuration, never in the database, and AES-GCM is done here, as the service does it.
 * Values already sealed are left as they are, so a rerun changes nothing.
 */
public class V6__webhook_secrets_encrypted extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        String key = ConfigProvider.getConfig().getValue("vigil.webhooks.secret-key", String.class);
        encrypt(context.getConnection(), WebhookSecretKey.of(key));
    }

    /** Seals every secret still in plain text; answers how many subscriptions changed. */
    public static int encrypt(Connection connection, WebhookSecretKey secretKey) throws SQLException {
        int changed = 0;
        try (PreparedStatement select = connection.prepareStatement("""
                        select id, secret, previous_secret from webhook_subscription
                        where secret like 'whsec\\_%' or previous_secret like 'whsec\\_%'
                        for update""");
                PreparedStatement update = connection.prepareStatement(
                        "update webhook_subscription set secret = ?, previous_secret = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject("id", UUID.class);
                update.setString(1, sealed(secretKey, rows.getString("secret"), id));
                update.setString(2, sealed(secretKey, rows.getString("previous_secret"), id));
                update.setObject(3, id);
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    private static String sealed(WebhookSecretKey secretKey, String value, UUID id) {
        if (value == null || !value.startsWith("whsec_")) {
            return value;
        }
        return secretKey.seal(value, id.toString());
    }
}
