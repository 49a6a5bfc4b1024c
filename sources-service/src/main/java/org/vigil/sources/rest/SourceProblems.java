package org.vigil.sources.rest;

import jakarta.ws.rs.core.Response;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.problem.Problem;
import org.vigil.problem.ProblemException;
import org.vigil.sources.domain.NotFound;
import org.vigil.sources.url.InvalidSourceUrlException;

/** The evidence store's refusals as problem details; everything else is answered by service-support's mappers. */
public class SourceProblems {

    private static final int RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return respond(ProblemException.notFound(e.what()).problem());
    }

    @ServerExceptionMapper
    public Response invalidUrl(InvalidSourceUrlException e) {
        return respond(ProblemException.invalid("url", e.getMessage()).problem());
    }

    /** Too many source texts are waiting to be read for suggestions. */
    @ServerExceptionMapper
    public Response busy(RejectedExecutionException e) {
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(Problem.of(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "too many source texts are being read for suggestions; try again shortly"))
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
