package org.vigil.web.workspace;

import java.util.Map;

/** What moderation-service answered a report: accepted, or refused with errors by form field. */
public sealed interface Submission {

    record Accepted(String reportId) implements Submission {}

    /** {@code errors} by form field ({@code ""} for what no field can fix). */
    record Refused(Map<String, String> errors) implements Submission {}
}
