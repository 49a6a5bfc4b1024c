package org.vigil.contracts.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of RFC 9457 problem Vigil answers with, whoever answers: the gateway and the services
 * share this one list so a client switches on one vocabulary. {@code type} is
 * {@code <public-url>/problems/<slug>}, under the deployment's public URL, where the web app
 * serves a page describing the problem; docs/problems.md says what each one means. Titles of
 * plain HTTP conditions are the HTTP reason phrase, Vigil's own ones are sentences.
 */
public enum ProblemType {
    INVALID_INPUT("invalid-input", "Invalid input", 400),
    MALFORMED_JSON("malformed-json", "Malformed JSON", 400),
    BAD_REQUEST("bad-request", "Bad Request", 400),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    OWN_CLAIM("own-claim", "Own claim", 403),
    NOT_THE_AUTHOR("not-the-author", "Not the author", 403),
    NOT_FOUND("not-found", "Not Found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method Not Allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not Acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    REPEATED_APPROVAL("repeated-approval", "Already approved", 409),
    NOT_DECIDABLE("not-decidable", "Not possible in this status", 409),
    QUOTE_CHECK_PENDING("quote-check-pending", "Quote check pending", 409),
    APPROVALS_DISAGREE("approvals-disagree", "Approvals disagree", 409),
    OWN_PROPOSAL("own-proposal", "Own proposal", 403),
    PROPOSAL_DIFFERS("proposal-differs", "Another act is proposed", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload Too Large", 413),
    URI_TOO_LONG("uri-too-long", "URI Too Long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported Media Type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", 422),
    HEADER_FIELDS_TOO_LARGE("header-fields-too-large", "Request Header Fields Too Large", 431),
    RATE_LIMITED("rate-limited", "Too Many Requests", 429),
    INTERNAL_ERROR("internal-error", "Internal Server Error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service Unavailable", 503),
    GATEWAY_TIMEOUT("gateway-timeout", "Gateway Timeout", 504);

    /** Where the types live under the public URL; a type URI is this followed by the slug. */
    public static final String PATH = "/problems/";

    public static final String MEDIA_TYPE = "application/problem+json";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /**
     * This type under a deployment's public URL ({@code https://vigil.example.org}): one identifier
     * per deployment, and the address of the page that describes it.
     */
    public URI uri(String publicUrl) {
        String origin = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return URI.create(origin + PATH + slug);
    }

    /** The type a slug names, if any: the web app's page for it, {@code /problems/<slug>}. */
    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }

    /**
     * The plain HTTP condition for a status that a framework (router, JAX-RS) produced without
     * saying why; a status with no type of its own answers as a bad request or an internal error.
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADER_FIELDS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }
}
