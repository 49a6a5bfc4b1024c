package org.vigil.moderation.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.vigil.contracts.vocabulary.ClaimProperty;
import org.vigil.problem.Problem.FieldError;

/** What a claim's value must look like, and whether a claim needs four eyes. */
@ApplicationScoped
public class ClaimRules {

    private static final Set<ClaimProperty> HARM = Set.of(ClaimProperty.INJURED, ClaimProperty.KILLED, ClaimProperty.ARRESTED);
    private static final Set<String> VIOLENT_KINDS = Set.of("attack", "arrest");

    public boolean isSensitive(ClaimProperty property, JsonNode value, String kind) {
        return HARM.contains(property)
                || (kind != null && VIOLENT_KINDS.contains(kind))
                || (property == ClaimProperty.ACTOR && "person".equals(value.path("type").asText()));
    }

    public List<FieldError> checkValue(ClaimProperty property, JsonNode value, String path) {
        return List.of();
    }
}
