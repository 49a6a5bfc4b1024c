package org.vigil.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The services' log files from a point on: what the platform logged while a test ran. */
final class ServiceLogs {

    private static final Pattern ERROR = Pattern.compile("\\bERROR\\b");

    private final Map<Path, Long> offsets;

    private ServiceLogs(Map<Path, Long> offsets) {
        this.offsets = offsets;
    }

    /** Marks the current end of every service's log. */
    static ServiceLogs from(Platform platform) {
        Map<Path, Long> offsets = new LinkedHashMap<>();
        for (String service : platform.services.keySet()) {
            Path log = platform.logs.resolve(service + ".log");
            offsets.put(log, size(log));
        }
        return new ServiceLogs(offsets);
    }

    /** The lines logged at ERROR since the mark, each prefixed with its file's name. */
    List<String> errorsSinceStart() {
        List<String> errors = new ArrayList<>();
        offsets.forEach((log, offset) -> {
            for (String line : since(log, offset).split("\n")) {
                if (ERROR.matcher(line).find()) {
                    errors.add(log.getFileName() + ": " + line);
                }
            }
        });
        return errors;
    }

    private static String since(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            if (length <= offset) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 64L * 1024 * 1024)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
