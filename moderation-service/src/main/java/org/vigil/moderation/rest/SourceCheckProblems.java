package org.vigil.moderation.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.contracts.problem.ProblemType;
import org.vigil.moderation.sources.SourcesUnreachable;
import org.vigil.problem.Problem;

/** A report whose cited sources could not be checked: 503 with {@code Retry-After}, nothing stored. */
public class SourceCheckProblems {

    @ServerExceptionMapper
    public Response unreachable(SourcesUnreachable e) {
        Problem problem = Problem.of(
                ProblemType.SERVICE_UNAVAILABLE,
                "the sources cited by sourceId cannot be checked right now; nothing was stored, try again shortly"
                        + " (citations that carry their source inline need no check)");
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .header(HttpHeaders.RETRY_AFTER, SourcesUnreachable.RETRY_AFTER_SECONDS)
                .build();
    }
}
