package org.vigil.gateway.problem;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.gateway.security.IdentityProviderReachability;

/**
 * Turns every failure of a route into problem details: the 403 of the HTTP permission checks,
 * the 404/405 of the router, and anything unexpected as a 500 (logged without any request data
 * that could identify the caller).
 */
@ApplicationScoped
public class ProblemFailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProblemFailureHandler.class);

    @Override
    public void handle(RoutingContext rc) {
        if (rc.response().ended()) {
            return;
        }
        Throwable failure = rootCause(rc.failure());
        if (failure instanceof ForbiddenException) {
            Problem.forbidden().send(rc.response());
        } else if (identityProviderFailed(rc.failure())
                && rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            // a tenant that could not reach Keycloak to get its keys: come back, the token may be good
            LOG.warnf("identity provider unavailable for %s", rc.normalizedPath());
            rc.response()
                    .putHeader(
                            HttpHeaders.RETRY_AFTER,
                            Integer.toString(IdentityProviderReachability.RETRY_AFTER_SECONDS));
            Problem.identityProviderAway().send(rc.response());
        } else if (failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException
                || identityProviderFailed(rc.failure())) {
            Problem.challenge(rc);
        } else if (failure == null && rc.statusCode() >= 400 && rc.statusCode() < 500) {
            new Problem(ProblemType.forStatus(rc.statusCode()), "the request cannot be handled as sent")
                    .send(rc.response());
        } else {
            LOG.errorf(failure, "request to %s %s failed", rc.request().method(), rc.normalizedPath());
            Problem.internal().send(rc.response());
        }
    }

    private static boolean identityProviderFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null
                && cause.getCause() != null
                && cause.getCause() != cause
                && !(cause instanceof ForbiddenException)
                && !(cause instanceof AuthenticationFailedException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
