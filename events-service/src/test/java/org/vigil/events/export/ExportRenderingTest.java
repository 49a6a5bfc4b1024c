package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigil.events.record.EventRecord;

class ExportRenderingTest {

    @Test
    void anEventIsRenderedAsTheExportsWriteIt() {
        EventRecord munich = Events.munich();
        ExportRendering rendering = ExportRendering.of(munich);
        assertEquals(AcledCsv.row(munich), rendering.csv());
        assertEquals(GeoJsonFeatureCollection.feature(munich), rendering.feature());
    }

    @Test
    void theRulesAreNamedByAFingerprintReadFromTheRenderingCode() {
        assertTrue(ExportRendering.RULES.matches("[0-9a-f]{24}"), ExportRendering.RULES);
    }
}
