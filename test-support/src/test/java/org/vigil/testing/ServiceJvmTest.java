package org.vigil.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTest {

    @TempDir
    Path home;

    @AfterEach
    void forgetTheNamedJdk() {
        System.clearProperty(ServiceJvm.JAVA_HOME);
    }

    @Test
    void aNamedJdk25StartsServicesFromAnAheadOfTimeCacheNamedAfterItsBuild() throws Exception {
        name("JAVA_VERSION=\"25.0.3\"\nJAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");

        ServiceJvm jvm = ServiceJvm.chosen();

        assertEquals(home.resolve("bin").resolve("java"), jvm.java());
        assertTrue(jvm.hasAheadOfTimeCache());
        assertEquals(
                Path.of("/app/quarkus-app/classes-25.0.3+9-LTS.aot"),
                jvm.archiveBeside(Path.of("/app/quarkus-app/quarkus-run.jar")));
    }

    @Test
    void aNamedJdk17MapsAClassDataArchive() throws Exception {
        name("JAVA_VERSION=\"17.0.15\"\nJAVA_RUNTIME_VERSION=\"17.0.15+6-Debian-1deb12u1\"\n");

        ServiceJvm jvm = ServiceJvm.chosen();

        assertFalse(jvm.hasAheadOfTimeCache());
        assertEquals(
                Path.of("/app/classes-17.0.15+6-Debian-1deb12u1.jsa"),
                jvm.archiveBeside(Path.of("/app/quarkus-run.jar")));
    }

    @Test
    void withoutANamedJdkServicesRunOnThisJvm() {
        ServiceJvm jvm = ServiceJvm.chosen();

        assertEquals(Path.of(System.getProperty("java.home")).resolve("bin").resolve("java"), jvm.java());
        assertEquals(Runtime.version().feature(), jvm.feature());
    }

    @Test
    void aNamedDirectoryThatIsNoJdkIsRefused() {
        System.setProperty(ServiceJvm.JAVA_HOME, home.toString());

        assertThrows(IllegalStateException.class, ServiceJvm::chosen);
    }

    private void name(String release) throws Exception {
        Files.writeString(home.resolve("release"), release);
        System.setProperty(ServiceJvm.JAVA_HOME, home.toString());
    }
}
