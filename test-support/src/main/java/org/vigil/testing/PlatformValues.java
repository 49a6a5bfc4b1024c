package org.vigil.testing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The values the env files {@code ops/services/<service>.env} are filled from ({@link
 * ServiceEnvironment}), named as {@code ./vigil up} names them, for a platform whose parts all
 * listen on the loopback address: where each part listens, the database, the broker, the identity
 * provider and the secrets the parts share. The e2e platform and the benchmarks build theirs here,
 * so a new variable is named in one place. Set only what the parts started need: a placeholder
 * left without a value stops the start ({@link ServiceEnvironment}).
 */
public final class PlatformValues {

    private static final String LOOPBACK = "127.0.0.1";

    private final Map<String, String> values = new HashMap<>();

    public PlatformValues() {
        values.put("VIGIL_BIND_HOST", LOOPBACK);
    }

    /** The realm every part verifies tokens with, e.g. {@code http://localhost:8180/realms/vigil}. */
    public PlatformValues identityProvider(String realmUrl) {
        return put("VIGIL_OIDC_URL", realmUrl);
    }

    /** The origin browsers and partners see (the gateway's): problem types and event URLs name it. */
    public PlatformValues publicUrl(String origin) {
        return put("VIGIL_PUBLIC_URL", origin);
    }

    /** The secrets of the realm's clients {@code vigil-gateway}, {@code vigil-web} and {@code vigil-moderation}. */
    public PlatformValues clientSecrets(String gateway, String web, String moderation) {
        return put("VIGIL_GATEWAY_CLIENT_SECRET", gateway)
                .put("VIGIL_WEB_CLIENT_SECRET", web)
                .put("VIGIL_MODERATION_CLIENT_SECRET", moderation);
    }

    /** The PostgreSQL server the services' databases are on ({@link #database(String, String)}). */
    public PlatformValues databaseServer(String host, int port, String user, String password) {
        return put("VIGIL_DB_HOST", host)
                .put("VIGIL_DB_PORT", Integer.toString(port))
                .put("VIGIL_DB_USER", user)
                .put("VIGIL_DB_PASSWORD", password);
    }

    /** A service's own database on that server, e.g. {@code vigil_events_e2e}. */
    public PlatformValues database(String service, String name) {
        return put("VIGIL_" + key(service) + "_DB", name);
    }

    /** The broker's AMQP port on the loopback address, and its user. */
    public PlatformValues broker(int port, String user, String password) {
        return put("VIGIL_AMQP_HOST", LOOPBACK)
                .put("VIGIL_AMQP_PORT", Integer.toString(port))
                .put("VIGIL_AMQP_USER", user)
                .put("VIGIL_AMQP_PASSWORD", password);
    }

    /** The key contributor pseudonyms are derived with (moderation, sources). */
    public PlatformValues pseudonymKey(String key) {
        return put("VIGIL_PSEUDONYM_KEY", key);
    }

    /** The key webhook signing secrets are encrypted with at rest (events). */
    public PlatformValues webhookSecretKey(String key) {
        return put("VIGIL_WEBHOOK_SECRET_KEY", key);
    }

    /**
     * A part ({@code gateway}, {@code events-service}, …, {@code web}) listening on the loopback
     * address: its ports, and the URLs the other parts reach it and its management port by.
     */
    public PlatformValues listening(String part, int port, int managementPort) {
        return put("VIGIL_" + key(part) + "_PORT", Integer.toString(port))
                .put("VIGIL_" + key(part) + "_URL", "http://" + LOOPBACK + ":" + port)
                .put("VIGIL_" + key(part) + "_MANAGEMENT_PORT", Integer.toString(managementPort))
                .put("VIGIL_" + key(part) + "_MANAGEMENT_URL", "http://" + LOOPBACK + ":" + managementPort);
    }

    /** A part that is not started: the others reach it at {@code url} (which answers nothing useful); its ports are 0. */
    public PlatformValues absent(String part, String url) {
        return put("VIGIL_" + key(part) + "_PORT", "0")
                .put("VIGIL_" + key(part) + "_URL", url)
                .put("VIGIL_" + key(part) + "_MANAGEMENT_PORT", "0")
                .put("VIGIL_" + key(part) + "_MANAGEMENT_URL", url);
    }

    /** The values, to give {@link ServiceEnvironment#of}; a copy. */
    public Map<String, String> asMap() {
        return new HashMap<>(values);
    }

    private PlatformValues put(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** {@code events-service} → {@code EVENTS}, as the variables name the parts. */
    private static String key(String part) {
        return part.replace("-service", "").toUpperCase(Locale.ROOT);
    }
}
