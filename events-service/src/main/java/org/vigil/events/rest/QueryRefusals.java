package org.vigil.events.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.contracts.problem.FieldError;
import org.vigil.events.query.InvalidQuery;
import org.vigil.problem.Problem;
import org.vigil.problem.ProblemException;

/** Answers the record's refusals as problem details: a 400 naming each bad parameter. */
public class QueryRefusals {

    @ServerExceptionMapper
    public Response invalid(InvalidQuery refusal) {
        Problem problem = ProblemException.invalid(refusal.parameters().stream()
                        .map(p -> new FieldError(p.name(), p.problem()))
                        .toList())
                .problem();
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
