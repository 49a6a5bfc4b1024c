package org.vigil.sources.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.sources.quotes.TextDifference.Change;

class TextDifferenceTest {

    @Test
    void aChangedFigureIsOneChangeWithOffsetsInBothTexts() {
        String before = "Over 250,000 attended the rally.";
        String after = "About 2,000 attended the rally.";

        List<Change> changes = TextDifference.between(before, after);

        assertEquals(List.of(new Change("change", 0, 12, "Over 250,000", 0, 11, "About 2,000")), changes);
    }

    @Test
    void anInsertedSentenceIsAnInsertion() {
        List<Change> changes = TextDifference.between("One. Three.", "One. Two. Three.");

        assertEquals(1, changes.size());
        assertEquals("insert", changes.get(0).kind());
        assertEquals("Two.", changes.get(0).inserted().strip());
        assertEquals(
                changes.get(0).inserted(),
                "One. Two. Three."
                        .substring(changes.get(0).start(), changes.get(0).end()));
    }

    @Test
    void aRemovedWordIsADeletion() {
        List<Change> changes = TextDifference.between("a peaceful rally", "a rally");

        assertEquals(1, changes.size());
        assertEquals("delete", changes.get(0).kind());
        assertEquals("peaceful", changes.get(0).removed().strip());
        assertEquals(
                changes.get(0).removed(),
                "a peaceful rally"
                        .substring(
                                changes.get(0).previousStart(), changes.get(0).previousEnd()));
    }

    @Test
    void theSameTextHasNoChanges() {
        assertEquals(List.of(), TextDifference.between("same text", "same text"));
    }

    @Test
    void veryLongTextsAreComparedLineByLine() {
        String line = "word ".repeat(1000) + "\n";
        String before = line.repeat(60) + "the end\n";
        String after = line.repeat(60) + "a new end\n";

        List<Change> changes = TextDifference.between(before, after);

        assertEquals(1, changes.size());
        assertEquals("the end\n", changes.get(0).removed());
        assertEquals("a new end\n", changes.get(0).inserted());
    }
}
