package org.vigil.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service answers which public path. The services expose the same {@code /api/v1} paths
 * themselves, so a path is forwarded unchanged. Patterns: {@code /x*} is {@code /x}, anything
 * below it and its formats ({@code /x/1}, {@code /x.csv}); {@code /x/*} is anything below
 * {@code /x}; a {@code *} between slashes is exactly one segment; anything else is exact.
 * The first matching rule wins.
 */
public final class UpstreamRoutes {

    private record Rule(Pattern pattern, Upstream upstream) {

        static Rule of(String path, Upstream upstream) {
            String regex;
            if (path.endsWith("/*")) {
                regex = quoteSegments(path.substring(0, path.length() - 2)) + "/.+";
            } else if (path.endsWith("*")) {
                regex = quoteSegments(path.substring(0, path.length() - 1)) + "(\\.[^/]+|/.+)?";
            } else {
                regex = quoteSegments(path);
            }
            return new Rule(Pattern.compile(regex), upstream);
        }

        private static String quoteSegments(String path) {
            StringBuilder regex = new StringBuilder();
            for (String segment : path.substring(1).split("/")) {
                regex.append('/').append(segment.equals("*") ? "[^/]+" : Pattern.quote(segment));
            }
            return regex.toString();
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.of("/api/v1/events/*/merge", Upstream.MODERATION),
            Rule.of("/api/v1/events*", Upstream.EVENTS),
            Rule.of("/api/v1/stats/*", Upstream.EVENTS),
            Rule.of("/api/v1/changes", Upstream.EVENTS),
            Rule.of("/api/v1/campaigns", Upstream.EVENTS),
            Rule.of("/api/v1/tallies", Upstream.EVENTS),
            Rule.of("/api/v1/webhooks*", Upstream.EVENTS),
            Rule.of("/api/v1/sources*", Upstream.SOURCES),
            Rule.of("/api/v1/publishers*", Upstream.SOURCES),
            Rule.of("/api/v1/reports*", Upstream.MODERATION),
            Rule.of("/api/v1/moderation/*", Upstream.MODERATION),
            Rule.of("/api/v1/claims/*", Upstream.MODERATION),
            Rule.of("/api/v1/audit*", Upstream.MODERATION));

    private UpstreamRoutes() {}

    /** The service for a normalised request path, or empty when no service serves it. */
    public static Optional<Upstream> route(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(path).matches()) {
                return Optional.of(rule.upstream());
            }
        }
        return Optional.empty();
    }
}
