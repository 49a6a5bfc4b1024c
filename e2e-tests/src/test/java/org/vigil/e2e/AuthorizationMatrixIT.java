package org.vigil.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigil.testing.HostileTokens;

/**
 * Issue 12's authorization matrix: every operation of the live API description × every kind of
 * caller, the objects in the paths belonging to someone else. What each caller may do is read
 * from the operation's declared {@code security} (people and which of their roles through
 * {@code x-vigil-roles}, partners and which scopes) and compared with what the gateway answers:
 * a new endpoint is in the matrix as soon as its service describes it.
 *
 * <ul>
 *   <li>public (no requirement): nobody is refused (no 401, no 403);
 *   <li>otherwise anonymous is 401; a caller the declaration does not admit is 403;
 *   <li>a caller it admits is not refused; on an operation any person may call with an object in
 *       its path (their own report, claim or webhook), a caller who does not own the object gets
 *       no 2xx.
 * </ul>
 */
class AuthorizationMatrixIT extends OnThePlatform {

    /** The demo partner's webhook endpoint (on loopback, which the e2e platform allows). */
    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @org.junit.jupiter.api.AfterAll
    static void receiverStops() {
        RECEIVER.close();
    }

    /** A caller: its token (null: anonymous), its roles and its scopes. */
    record Caller(String name, String token, Set<String> roles, Set<String> scopes, boolean partner) {}

    @TestFactory
    List<DynamicTest> everyOperationAdmitsExactlyWhomItsDescriptionNames() {
        ApiDocument document = SecuritySuite.document(api);
        HostileTokens tokens = SecuritySuite.tokens(platform, api);
        Objects objects = Objects.create();
        Map<String, Caller> callers = callers(tokens);
        List<ApiDocument.Operation> operations = new ArrayList<>(document.operations());
        // what removes an object (deleting a webhook, withdrawing a report) comes last
        operations.sort(Comparator.comparing(
                o -> o.method().equals("DELETE") || o.path().endsWith("/withdraw")));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("the description names at least one role-bound and one partner operation", () -> {
            assertTrue(operations.stream().anyMatch(o -> !o.roles().isEmpty()));
            assertTrue(operations.stream().anyMatch(o -> !o.partnerScopes().isEmpty()));
        }));
        for (ApiDocument.Operation operation : operations) {
            String owner = objects.ownerOf(operation.path());
            for (Caller caller : ordered(callers, owner)) {
                tests.add(dynamicTest(operation.name() + " as " + caller.name(), () -> {
                    int status = call(operation, caller, objects);
                    String what = operation.name() + " as " + caller.name() + " answered " + status;
                    assertTrue(status < 500, what);
                    if (operation.isPublic()) {
                        assertTrue(status != 401 && status != 403, what + " (public)");
                    } else if (caller.token() == null) {
                        assertEquals(401, status, what);
                    } else if (!admits(operation, caller)) {
                        assertEquals(
                                403,
                                status,
                                what + " (not admitted by " + operation.json().getValue("security") + " "
                                        + operation.roles() + ")");
                    } else if (owner != null
                            && operation.roles().isEmpty()
                            && operation.path().contains("{")) {
                        if (caller.name().equals(owner)) {
                            assertTrue(status != 401 && status != 403 && status != 404, what + " (the owner)");
                        } else {
                            assertFalse(status >= 200 && status < 300, what + " (someone else's object)");
                        }
                    } else {
                        assertTrue(status != 401 && status != 403, what + " (admitted)");
                    }
                }));
            }
        }
        return tests;
    }

    private static boolean admits(ApiDocument.Operation operation, Caller caller) {
        if (caller.partner()) {
            Set<String> scopes = operation.partnerScopes();
            return hasPartnerScheme(operation)
                    && (scopes.isEmpty() || scopes.stream().anyMatch(caller.scopes()::contains));
        }
        return operation.forPeople()
                && (operation.roles().isEmpty() || operation.roles().stream().anyMatch(caller.roles()::contains));
    }

    private static boolean hasPartnerScheme(ApiDocument.Operation operation) {
        JsonArray security = operation.json().getJsonArray("security", new JsonArray());
        return security.stream().anyMatch(r -> r instanceof JsonObject o && o.containsKey("partner"));
    }

    private int call(ApiDocument.Operation operation, Caller caller, Objects objects) {
        RequestSpecification request = given().baseUri(platform.gateway()).urlEncodingEnabled(false);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        String path = objects.fill(operation.path());
        if (operation.bodySchema() != null) {
            request.contentType("application/json").body("{}");
        }
        Response response = request.when().request(operation.method(), path);
        return response.statusCode();
    }

    /** Everyone but the owner first; the owner last, after the others tried their object. */
    private static List<Caller> ordered(Map<String, Caller> callers, String owner) {
        List<Caller> ordered = new ArrayList<>();
        callers.values().stream().filter(c -> !c.name().equals(owner)).forEach(ordered::add);
        if (owner != null) {
            ordered.add(callers.get(owner));
        }
        return ordered;
    }

    private Map<String, Caller> callers(HostileTokens tokens) {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Caller("anonymous", null, Set.of(), Set.of(), false));
        person(callers, "contributor1", "contributor");
        person(callers, "contributor2", "contributor");
        person(callers, "moderator1", "moderator", "contributor");
        person(callers, "moderator2", "moderator");
        person(callers, "admin1", "admin");
        for (String scope : List.of("events:read", "reports:write", "webhooks:manage")) {
            String name = "partner with " + scope;
            // a service account granted just this scope, signed with the realm's published test key
            String token = tokens.withClaims(c -> c.put("sub", "service-account-" + scope.replace(':', '-'))
                    .put("azp", "partner-" + scope.replace(':', '-'))
                    .put("realm_access", new JsonObject().put("roles", new JsonArray()))
                    .put("scope", scope)
                    .remove("preferred_username"));
            callers.put(name, new Caller(name, token, Set.of(), Set.of(scope), true));
        }
        callers.put(
                "partner-demo",
                new Caller(
                        "partner-demo",
                        api.partnerToken(),
                        Set.of(),
                        Set.of("events:read", "reports:write", "webhooks:manage"),
                        true));
        return callers;
    }

    private void person(Map<String, Caller> callers, String username, String... roles) {
        callers.put(username, new Caller(username, api.tokenOf(username), Set.of(roles), Set.of(), false));
    }

    /** The objects the paths name: contributor1's report and its claim and event, partner-demo's webhook. */
    private record Objects(String report, String claim, String event, String webhook) {

        static Objects create() {
            JsonPath report =
                    api.submitsMunich("contributor1", UUID.randomUUID().toString());
            String webhook = given().baseUri(platform.gateway())
                    .auth()
                    .oauth2(api.partnerToken())
                    .contentType("application/json")
                    .body("{\"url\":\"" + RECEIVER.url() + "\",\"events\":[\"event.created\"]}")
                    .when()
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            return new Objects(
                    report.getString("id"), report.getString("claims[0].id"), report.getString("eventId"), webhook);
        }

        /** Whose the object in {@code path} is, or null when it names none of these. */
        String ownerOf(String path) {
            if (path.startsWith("/api/v1/reports/{") || path.startsWith("/api/v1/claims/{")) {
                return "contributor1";
            }
            if (path.startsWith("/api/v1/webhooks/{")) {
                return "partner-demo";
            }
            return null;
        }

        String fill(String path) {
            String filled = path;
            if (path.startsWith("/api/v1/reports/")) {
                filled = filled.replace("{id}", report);
            } else if (path.startsWith("/api/v1/claims/")) {
                filled = filled.replace("{id}", claim);
            } else if (path.startsWith("/api/v1/events/")) {
                filled = filled.replace("{id}", event);
            } else if (path.startsWith("/api/v1/webhooks/")) {
                filled = filled.replace("{id}", webhook);
            }
            return filled.replaceAll("\\{number}", "1")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }
}
