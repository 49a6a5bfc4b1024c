package org.vigil.gateway.openapi;

import java.util.Optional;

/** Which path template of the API description a concrete path is an instance of. */
public final class PathTemplates {

    private PathTemplates() {}

    /**
     * The template {@code path} matches with the most literal segments ({@code /events/{id}/history}
     * before {@code /events/{id}/{x}}); empty when none matches.
     */
    public static Optional<String> bestMatch(Iterable<String> templates, String path) {
        String best = null;
        int bestLiterals = -1;
        for (String template : templates) {
            int literals = literalsMatched(template, path);
            if (literals > bestLiterals) {
                best = template;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many literal segments of {@code template} {@code path} matches, or -1 if it does not match it. */
    private static int literalsMatched(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < expected.length; i++) {
            boolean parameter = expected[i].startsWith("{") && expected[i].endsWith("}");
            if (parameter && !actual[i].isEmpty()) {
                continue;
            }
            if (!expected[i].equals(actual[i])) {
                return -1;
            }
            literals++;
        }
        return literals;
    }
}
