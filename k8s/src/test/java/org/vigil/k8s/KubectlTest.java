package org.vigil.k8s;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class KubectlTest {

    @Test
    void aMissingKubectlFailsTheBuildWithHowToGetOne() {
        AssertionFailedError failure =
                assertThrows(AssertionFailedError.class, () -> Kubectl.at(Path.of("/nonexistent/kubectl")));

        assertTrue(failure.getMessage().contains("kubectl not found at /nonexistent/kubectl"), failure.getMessage());
        assertTrue(failure.getMessage().contains("kubectl 1.27 or newer"), failure.getMessage());
    }

    @Test
    void thisMachinesKubectlRendersWithKustomizeV5() {
        // fails, never skips, where kubectl is missing or too old
        Kubectl.onThisMachine();
    }
}
