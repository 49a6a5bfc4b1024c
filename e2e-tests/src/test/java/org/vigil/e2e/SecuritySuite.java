package org.vigil.e2e;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.vigil.testing.HostileTokens;

/**
 * What the security suite's tests share ({@code TokenMatrixIT}, {@code AuthorizationMatrixIT},
 * {@code InputFuzzIT}): the live API description, tokens and how long to run. The default run is
 * lean (a few hundred requests); {@code VIGIL_SECURITY=full} runs a hundred inputs per operation,
 * {@code VIGIL_SECURITY_SEED} replays a run.
 */
final class SecuritySuite {

    private SecuritySuite() {}

    static boolean full() {
        return "full".equals(System.getenv("VIGIL_SECURITY"));
    }

    /** Inputs per operation when fuzzing. */
    static int tries() {
        return full() ? 100 : 6;
    }

    static long seed() {
        String given = System.getenv("VIGIL_SECURITY_SEED");
        long seed = given == null || given.isBlank() ? System.currentTimeMillis() : Long.parseLong(given.strip());
        System.out.println("security suite seed " + seed + " (VIGIL_SECURITY_SEED=" + seed + " replays it)");
        return seed;
    }

    /** The merged document the gateway publishes, complete (no service missing). */
    static ApiDocument document(Api api) {
        JsonObject json = new JsonObject(api.servedDocument());
        if (json.containsKey("x-vigil-unavailable")) {
            throw new IllegalStateException("the API description misses " + json.getValue("x-vigil-unavailable"));
        }
        return new ApiDocument(json);
    }

    /** Forgeries and well-formed tokens from moderator1's claims and the realm's keys. */
    static HostileTokens tokens(Platform platform, Api api) {
        Map.Entry<String, java.security.PublicKey> active = platform.realmKeys.active();
        return new HostileTokens(
                api.tokenOf("moderator1"), active.getKey(), active.getValue(), platform.realmKeys.trusted());
    }
}
