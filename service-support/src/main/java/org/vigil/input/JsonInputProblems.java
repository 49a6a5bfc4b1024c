package org.vigil.input;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.vigil.problem.ProblemMappers;

/**
 * A JSON value of the wrong shape (a number where a string belongs, bytes after the document) is
 * answered like any unreadable JSON, as a 400 problem naming the field. Without this, Quarkus' own
 * mapper for {@link MismatchedInputException}, the more specific type, answers first with a body
 * of its own. Belongs beside {@link ProblemMappers#unreadableJson}, whose answer it gives.
 */
public class JsonInputProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return problems.unreadableJson(e);
    }
}
