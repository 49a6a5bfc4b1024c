package org.vigil.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.identity.IdentityProviderProbe;

/** Answers every failure as RFC 9457 problem details, naming the offending fields of bad input. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    IdentityProviderProbe identityProvider;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return respond(ProblemException.invalid(errors).problem());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
                    ? "has the wrong type or an unknown value"
                    : "cannot be read";
            if (mapping.getCause() instanceof IllegalArgumentException illegal && illegal.getMessage() != null) {
                message = illegal.getMessage();
            }
            return respond(ProblemException.invalid(field, message).problem());
        }
        return respond(Problem.of(
                ProblemType.MALFORMED_JSON, "the request body is not valid JSON: " + e.getOriginalMessage()));
    }

    /**
     * RFC 9110 §11.6.1: a 401 names the scheme that would do, whoever raised it. A token refused
     * while the identity provider does not answer (this service started while it was down, and has
     * no keys yet) may well be valid: that is 503, to be retried, never 401.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthorized(HttpHeaders request) {
        Response challenge = Response.fromResponse(
                        respond(Problem.of(ProblemType.UNAUTHORIZED, "a valid bearer token is required")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().item(challenge);
        }
        return identityProvider.reachable().map(reachable -> reachable ? challenge : identityProviderAway());
    }

    private static Response identityProviderAway() {
        return Response.fromResponse(
                        respond(
                                Problem.of(
                                        ProblemType.SERVICE_UNAVAILABLE,
                                        "tokens cannot be verified right now (the identity provider does not answer); try again shortly")))
                .header(HttpHeaders.RETRY_AFTER, IdentityProviderProbe.RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "your role or scope does not allow this"));
    }

    @ServerExceptionMapper
    public Response concurrentChange(StaleObjectStateException e) {
        return respond(
                Problem.of(ProblemType.CONFLICT, "someone else changed this at the same time; reload and try again"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        ProblemType type = ProblemType.forStatus(status);
        return respond(Problem.of(
                type, type == ProblemType.PAYLOAD_TOO_LARGE ? "the request body is over the limit" : e.getMessage()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (DatabaseUnavailable.causes(e)) {
            // PostgreSQL restarting or failing over: the client may try again, nothing is broken
            LOG.warnf("database unavailable: %s", e.getClass().getSimpleName());
            return Response.fromResponse(respond(Problem.of(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "the database is not reachable right now; nothing was changed, try again shortly")))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        if (DatabaseUnavailable.conflicted(e)) {
            LOG.warnf("transaction rolled back by a conflict: %s", e.getClass().getSimpleName());
            return Response.fromResponse(respond(Problem.of(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "another change to the same records got in the way; nothing was changed, try again")))
                    .header(HttpHeaders.RETRY_AFTER, 1)
                    .build();
        }
        if (identityProviderFailed(e)) {
            LOG.warnf("identity provider unavailable: %s", e.getClass().getSimpleName());
            return identityProviderAway();
        }
        LOG.error("unexpected failure", e);
        return respond(Problem.of(ProblemType.INTERNAL_ERROR, "something went wrong on our side; nothing was changed"));
    }

    /** quarkus-oidc's own failure (a tenant that could not reach its provider), by name: this module does not depend on it. */
    private static boolean identityProviderFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().equals("io.quarkus.oidc.OIDCException")) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(String path) {
        // "submit.report.claims[0].value" -> "claims[0].value": drop the method and parameter names
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
