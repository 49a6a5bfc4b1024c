package org.vigil.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TraceExportTest {

    @Test
    void aCollectorsBaseAddressGetsTheTracesPath() {
        assertEquals("http://collector:4318/v1/traces", TraceExport.tracesUrl("http://collector:4318/"));
    }

    @Test
    void aFullTracesUrlIsKept() {
        assertEquals("http://collector:4318/v1/traces", TraceExport.tracesUrl("http://collector:4318/v1/traces"));
    }
}
