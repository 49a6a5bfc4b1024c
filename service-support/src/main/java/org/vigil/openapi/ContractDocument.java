package org.vigil.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.vigil.contracts.access.Access;
import org.vigil.problem.Problem;

/**
 * What every service's OpenAPI document states the same way, so that a client generated from the
 * gateway's merged document handles each service alike (docs/product.md §5): the RFC 9457 problem schema
 * on every 4xx answer, and the two ways to get a token — client credentials for partners' code,
 * authorization code with PKCE for people. Registered in each service as {@code mp.openapi.filter}.
 */
public class ContractDocument implements OASFilter {

    /** Partners' code: a service account's token (client credentials) with one of the three scopes. */
    public static final String PARTNER = "partner";

    /** People: contributors, moderators and admins signing in (authorization code with PKCE). */
    public static final String PERSON = "person";

    /**
     * The realm roles a person needs for an operation (any one of them), as an extension of the
     * operation: {@code @Extension(name = ROLES, value = MODERATOR, parseValue = true)}. An operation
     * for people without it is open to any signed-in person. The security suite's authorization
     * matrix (e2e-tests) reads it to know whom each operation admits.
     */
    public static final String ROLES = "x-vigil-roles";

    public static final String CONTRIBUTOR = "[\"contributor\"]";
    public static final String MODERATOR = "[\"moderator\"]";
    public static final String ADMIN = "[\"admin\"]";
    public static final String CONTRIBUTOR_OR_MODERATOR = "[\"contributor\",\"moderator\"]";

    static final String PROBLEM = "Problem";

    /** The 4xx answers any operation may give, besides those it documents itself. */
    private static final Map<String, String> COMMON_PROBLEMS = Map.of(
            "400", "Bad input: nothing was changed; errors names each offending field or parameter",
            "401", "No valid token",
            "403", "The token lacks the role or scope the operation needs",
            "429", "Too many requests: retry after the Retry-After header's seconds");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme(PARTNER, partnerScheme(oidcUrl()));
        components.addSecurityScheme(PERSON, personScheme(oidcUrl()));
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            document.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(operation -> {
                        answerProblems(operation);
                        declarePublicReads(operation);
                    }));
        }
    }

    /**
     * Vocabulary enums travel by their lower-case wire names ({@code WireName}'s {@code @JsonValue},
     * which the schema scanner does not see on an interface): {@code COUNTER_PROTEST} is
     * {@code counter_protest} in the document as on the wire.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null
                && !values.isEmpty()
                && values.stream().allMatch(v -> v instanceof String text && text.matches("[A-Z][A-Z0-9_]+"))) {
            schema.setEnumeration(values.stream()
                    .map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT))
                    .toList());
        }
        return schema;
    }

    /**
     * An operation without a security requirement is a public read; it says so with an empty
     * list, which linters and client generators read as "no token", not as "not declared".
     */
    static void declarePublicReads(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new java.util.ArrayList<>());
        }
    }

    /** Every 4xx answer, documented or common, carries the problem schema. */
    static void answerProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> common : COMMON_PROBLEMS.entrySet()) {
            if (!responses.hasAPIResponse(common.getKey())) {
                responses.addAPIResponse(
                        common.getKey(), OASFactory.createAPIResponse().description(common.getValue()));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4")) {
                response.setContent(problemContent());
                if (response.getDescription() == null
                        || response.getDescription().isBlank()) {
                    response.setDescription("A problem, as RFC 9457 details");
                }
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; type is a stable URI per kind of problem")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri"))
                .addProperty("title", text)
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .format("int32"))
                .addProperty("detail", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .description("The offending fields or parameters of bad input")
                                .items(OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.OBJECT))
                                        .required(List.of("field", "message"))
                                        .addProperty("field", text)
                                        .addProperty("message", text)));
    }

    private static SecurityScheme partnerScheme(String oidcUrl) {
        OAuthFlow flow = OASFactory.createOAuthFlow()
                .tokenUrl(oidcUrl + "/protocol/openid-connect/token")
                .addScope(Access.EVENTS_READ, "read the change feed")
                .addScope(Access.REPORTS_WRITE, "submit reports and register sources")
                .addScope(Access.WEBHOOKS_MANAGE, "manage the partner's own webhooks");
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("A partner's service account: client credentials grant, scopes as the operation needs")
                .flows(OASFactory.createOAuthFlows().clientCredentials(flow));
    }

    private static SecurityScheme personScheme(String oidcUrl) {
        OAuthFlows flows = OASFactory.createOAuthFlows()
                .authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(oidcUrl + "/protocol/openid-connect/auth")
                        .tokenUrl(oidcUrl + "/protocol/openid-connect/token")
                        .addScope("openid", "sign in; the roles of the account decide what it may do"));
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("People (contributors, moderators, admins): authorization code grant with PKCE (S256); "
                        + "the operation's role is the account's, not a scope")
                .flows(flows)
                .addExtension("x-pkce-required", true);
    }

    /** Where clients get tokens: the public address of the identity provider's realm. */
    private static String oidcUrl() {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("vigil.openapi.oidc-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .orElse("http://localhost:8180/realms/vigil");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
