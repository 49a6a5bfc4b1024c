package org.vigil.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.vigil.testing.ArtemisTestResource;
import org.vigil.testing.OidcTestResource;

/**
 * Every export test again, with no snapshot free: the exports walk the list's keyset pages, as
 * they do while other exports hold the snapshots, and must give the same files.
 */
@QuarkusTest
@TestProfile(KeysetExportTest.NoSnapshotFree.class)
@QuarkusTestResource(ArtemisTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
class KeysetExportTest extends ExportTest {

    public static class NoSnapshotFree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vigil.export.snapshots", "0");
        }
    }
}
