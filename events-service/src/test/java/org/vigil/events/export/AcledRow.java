package org.vigil.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.events.record.EventRecord;

/**
 * An event's line of the ACLED export, read back by column name (docs/acled.md). The line is split
 * naively, so only the cells before any cell holding a comma or a quote can be read.
 */
final class AcledRow {

    private AcledRow() {}

    static String cell(EventRecord event, String column) {
        String row = AcledCsv.row(event);
        assertTrue(row.endsWith("\r\n"));
        List<String> cells = List.of(row.substring(0, row.length() - 2).split(",", -1));
        return cells.get(AcledCsv.COLUMNS.indexOf(column));
    }

    /** The event's line has these cells, by column; other columns are not compared. A failure shows every cell. */
    static void assertCells(Map<String, String> expected, EventRecord event) {
        Map<String, String> actual = new HashMap<>();
        expected.keySet().forEach(column -> actual.put(column, cell(event, column)));
        assertEquals(expected, actual);
    }
}
