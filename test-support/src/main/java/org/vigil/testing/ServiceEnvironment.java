package org.vigil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment a service runs with, read from its one definition {@code ops/services/<service>.env}
 * — the same file {@code ./vigil up} expands. Each line is {@code NAME=value}; {@code ${VAR}} in a
 * value is filled from the values the caller gives, and a placeholder without a value is an error,
 * so a service never starts with half its settings.
 */
public final class ServiceEnvironment {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private ServiceEnvironment() {}

    public static Map<String, String> of(Path root, String service, Map<String, String> values) {
        Path file = root.resolve("ops/services").resolve(service + ".env");
        try {
            Map<String, String> environment = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int equals = entry.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException(file + ": not NAME=value: " + line);
                }
                environment.put(entry.substring(0, equals), expand(entry.substring(equals + 1), values, file));
            }
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expand(String value, Map<String, String> values, Path file) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String replacement = values.get(name);
            if (replacement == null) {
                throw new IllegalArgumentException(file + " needs a value for ${" + name + "}");
            }
            placeholder.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return placeholder.appendTail(expanded).toString();
    }
}
