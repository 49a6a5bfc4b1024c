package org.vigil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the constructors under {@code org.vigil} that take more than a given number of arguments
 * (issue 9: none takes more than eight in a row, which a reader cannot match to their meanings;
 * wide ones are grouped into named value records or built by named factories). Each module's test
 * names a class of its own and of the modules it wants covered; every class compiled beside each
 * (the same directory or jar) is read.
 */
public final class PositionalArguments {

    private PositionalArguments() {}

    /**
     * {@code Name(n)} for each constructor wider than {@code most} among the classes beside the
     * anchors, sorted; anonymous and local classes are left out (their arguments are captured
     * variables), as are the implicit arguments of enum and inner-class constructors.
     */
    public static List<String> widerThan(int most, Class<?>... anchors) {
        TreeSet<String> wide = new TreeSet<>();
        for (Class<?> anchor : anchors) {
            for (Class<?> type : classesBeside(anchor)) {
                if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
                    continue;
                }
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    int arguments = constructor.getParameterCount() - implicitArguments(type);
                    if (!constructor.isSynthetic() && arguments > most) {
                        wide.add(type.getName() + "(" + arguments + ")");
                    }
                }
            }
        }
        return List.copyOf(wide);
    }

    private static int implicitArguments(Class<?> type) {
        if (type.isEnum()) {
            return 2; // the constant's name and ordinal
        }
        boolean inner = type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers());
        return inner && !type.isInterface() && !type.isRecord() ? 1 : 0;
    }

    private static List<Class<?>> classesBeside(Class<?> anchor) {
        Path location;
        try {
            location = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("where " + anchor + " was loaded from", e);
        }
        try {
            if (Files.isDirectory(location)) {
                return classesUnder(location, anchor.getClassLoader());
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classesUnder(jar.getPath("/"), anchor.getClassLoader());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> classesUnder(Path root, ClassLoader loader) throws IOException {
        Path vigil = root.resolve("org").resolve("vigil");
        if (!Files.isDirectory(vigil)) {
            return List.of();
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(vigil)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(root.getFileSystem().getSeparator(), ".");
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
        return classes;
    }
}
