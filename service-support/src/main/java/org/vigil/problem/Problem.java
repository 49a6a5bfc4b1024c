package org.vigil.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.contracts.problem.FieldError;
import org.vigil.contracts.problem.ProblemType;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URI per kind of problem that clients
 * may switch on (one of {@link ProblemType}), under the deployment's public URL, where the web app
 * describes it; {@code errors} names the offending fields of bad input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = ProblemType.MEDIA_TYPE;

    /**
     * The public URL the types are named under: each service's application.properties sets it
     * from the deployment's {@code VIGIL_PUBLIC_URL} ({@code https://vigil.example} in tests).
     */
    static final String PUBLIC_URL = "vigil.problems.public-url";

    /** Where a type points when no service configuration is loaded (a plain unit test): the local gateway. */
    private static final String LOCAL = "http://localhost:8080";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(typeUri(type), type.title(), type.status(), detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        ProblemType type = ProblemType.INVALID_INPUT;
        return new Problem(typeUri(type), type.title(), type.status(), detail, List.copyOf(errors));
    }

    /** Read when a problem is made, not once: a test profile or a restart may name another URL. */
    private static String typeUri(ProblemType type) {
        String publicUrl = ConfigProvider.getConfig()
                .getOptionalValue(PUBLIC_URL, String.class)
                .orElse(LOCAL);
        return type.uri(publicUrl).toString();
    }
}
