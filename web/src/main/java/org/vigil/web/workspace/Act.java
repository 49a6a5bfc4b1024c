package org.vigil.web.workspace;

import java.util.Map;

/**
 * What moderation-service answered an act that may take two moderators (a merge, a retraction):
 * done, proposed and waiting for a second moderator, or refused with errors by form field.
 */
public record Act(String outcome, Map<String, String> errors) {

    static final Act DONE = new Act("done", Map.of());
    static final Act PROPOSED = new Act("proposed", Map.of());

    static Act refused(Map<String, String> errors) {
        return new Act("refused", errors);
    }

    boolean isRefused() {
        return !errors.isEmpty();
    }

    /** The merge form's field for a field of the service's problem. */
    static String mergeField(String apiField) {
        return switch (apiField) {
            case "into" -> "into";
            case "reason" -> "reason";
            case "id" -> "event";
            default -> "";
        };
    }
}
