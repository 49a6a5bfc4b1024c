package org.vigil.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The environment each service reads, as docs/conventions.md tables it ("Configuration a service
 * reads from its environment"): the fixed points the manifests must provide.
 */
final class Conventions {

    private static final String SECTION = "## Configuration a service reads from its environment";
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z0-9_]+)`");
    private static final Map<String, String> SERVICE_BY_WORD = Map.of(
            "gateway", "gateway",
            "events", "events-service",
            "sources", "sources-service",
            "moderation", "moderation-service",
            "web", "web");

    private Conventions() {}

    static Path file() {
        return Path.of(System.getProperty(
                        "vigil.docs.dir", Rendering.k8sDir().resolve("../docs").toString()))
                .resolve("conventions.md");
    }

    /** Service name to the variables it reads. */
    static Map<String, Set<String>> environmentByService() {
        Map<String, Set<String>> byService = new TreeMap<>();
        SERVICE_BY_WORD.values().forEach(service -> byService.put(service, new TreeSet<>()));
        for (String row : sectionRows()) {
            String[] cells = row.split("\\|");
            if (cells.length < 3) {
                continue;
            }
            List<String> variables =
                    VARIABLE.matcher(cells[1]).results().map(m -> m.group(1)).toList();
            String who = cells[2].trim();
            Set<String> services = who.equals("all four") ? Set.copyOf(PodHardeningTest.SERVICES) : servicesIn(who);
            services.forEach(service -> byService.get(service).addAll(variables));
        }
        if (byService.values().stream().allMatch(Set::isEmpty)) {
            throw new IllegalStateException("no environment table found under '" + SECTION + "' in " + file());
        }
        return byService;
    }

    private static Set<String> servicesIn(String who) {
        Set<String> services = new TreeSet<>();
        for (String word : who.split("[,\\s]+")) {
            String service = SERVICE_BY_WORD.get(word);
            if (service == null) {
                throw new IllegalStateException(
                        "conventions.md names '" + word + "' among the services; update Conventions");
            }
            services.add(service);
        }
        return services;
    }

    private static List<String> sectionRows() {
        String text;
        try {
            text = Files.readString(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException("'" + SECTION + "' is gone from " + file());
        }
        int end = text.indexOf("\n## ", start + SECTION.length());
        return text.substring(start, end < 0 ? text.length() : end)
                .lines()
                .filter(line -> line.startsWith("| `"))
                .toList();
    }
}
