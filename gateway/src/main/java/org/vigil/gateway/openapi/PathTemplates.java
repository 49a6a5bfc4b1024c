package org.vigil.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which path template of the API description a concrete path is an instance of. The templates are
 * split into segments once, when the set is made: the gateway names every request's route template
 * for its metrics, and splitting each of some forty templates again per request was a visible share
 * of its processor time (docs/benchmark.md, issue 14).
 */
public final class PathTemplates {

    private final List<Template> templates;

    private PathTemplates(List<Template> templates) {
        this.templates = templates;
    }

    /** The set of {@code templates}, in their order (the first of equally good matches wins). */
    public static PathTemplates of(Iterable<String> templates) {
        List<Template> split = new ArrayList<>();
        for (String template : templates) {
            split.add(Template.of(template));
        }
        return new PathTemplates(List.copyOf(split));
    }

    /**
     * The template {@code path} matches with the most literal segments ({@code /events/{id}/history}
     * before {@code /events/{id}/{x}}); empty when none matches.
     */
    public static Optional<String> bestMatch(Iterable<String> templates, String path) {
        return of(templates).bestMatch(path);
    }

    /** As {@link #bestMatch(Iterable, String)}, among this set's templates. */
    public Optional<String> bestMatch(String path) {
        String[] actual = path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (Template template : templates) {
            int literals = template.literalsMatched(actual);
            if (literals > bestLiterals) {
                best = template.text();
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A template's segments, each either a literal or a {@code {parameter}}. */
    private record Template(String text, String[] segments, boolean[] parameters) {

        static Template of(String text) {
            String[] segments = text.split("/", -1);
            boolean[] parameters = new boolean[segments.length];
            for (int i = 0; i < segments.length; i++) {
                parameters[i] = segments[i].startsWith("{") && segments[i].endsWith("}");
            }
            return new Template(text, segments, parameters);
        }

        /** How many literal segments the path's {@code actual} segments match, or -1 if they do not match it. */
        int literalsMatched(String[] actual) {
            if (segments.length != actual.length) {
                return -1;
            }
            int literals = 0;
            for (int i = 0; i < segments.length; i++) {
                if (parameters[i] && !actual[i].isEmpty()) {
                    continue;
                }
                if (!segments[i].equals(actual[i])) {
                    return -1;
                }
                literals++;
            }
            return literals;
        }
    }
}
