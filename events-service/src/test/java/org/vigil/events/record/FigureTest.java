package org.vigil.events.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.events.record.Claims.id;
import static org.vigil.events.record.Claims.minute;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.contracts.vocabulary.EstimatedBy;
import org.vigil.contracts.vocabulary.FigureValue;
import org.vigil.contracts.vocabulary.Qualifier;

class FigureTest {

    private int next = 1;

    private FigureClaim claim(Long low, Long high, Qualifier qualifier) {
        int n = next++;
        return FigureClaim.of(
                id(n), new FigureValue(low, high, qualifier, EstimatedBy.MEDIA, null), List.of(), minute(n));
    }

    private FigureClaim exact(long n) {
        return claim(n, n, Qualifier.EXACT);
    }

    private FigureClaim over(long low) {
        return claim(low, null, Qualifier.OVER);
    }

    private FigureClaim upTo(long high) {
        return claim(null, high, Qualifier.UP_TO);
    }

    private FigureClaim range(long low, long high) {
        return claim(low, high, Qualifier.RANGE);
    }

    private Figure figure(FigureClaim... claims) {
        return Figure.of(Arrays.asList(claims));
    }

    @Nested
    class Range {

        @Test
        void aSingleClaimGivesItsOwnRange() {
            Figure figure = figure(range(3_000, 5_000));
            assertEquals(3_000L, figure.low());
            assertEquals(5_000L, figure.high());
        }

        @Test
        void theRangeRunsFromTheSmallestLowToTheLargestHigh() {
            Figure figure = figure(range(80_000, 100_000), range(90_000, 250_000), exact(85_000));
            assertEquals(80_000L, figure.low());
            assertEquals(250_000L, figure.high());
        }

        @Test
        void aClaimWithNoUpperBoundLeavesTheHighOpen() {
            Figure figure = figure(over(250_000), range(80_000, 300_000));
            assertEquals(80_000L, figure.low());
            assertNull(figure.high());
        }

        @Test
        void aClaimWithNoLowerBoundLeavesTheLowOpen() {
            Figure figure = figure(upTo(5_000), exact(4_000));
            assertNull(figure.low());
            assertEquals(5_000L, figure.high());
        }

        @Test
        void claimsAreListedOldestFirst() {
            FigureClaim first = exact(10);
            FigureClaim second = exact(10);
            assertEquals(List.of(first, second), figure(second, first).claims());
        }

        @Test
        void noClaimNoFigure() {
            assertThrows(IllegalArgumentException.class, () -> Figure.of(List.of()));
        }
    }

    @Nested
    class Disputed {

        @Test
        void oneClaimIsNeverDisputed() {
            assertFalse(figure(over(250_000)).disputed());
        }

        @Test
        void claimsThatShareANumberAreNotDisputed() {
            assertFalse(figure(range(80_000, 100_000), range(90_000, 250_000)).disputed());
        }

        @Test
        void claimsThatTouchAtABoundAreNotDisputed() {
            assertFalse(figure(range(1_000, 2_000), range(2_000, 3_000)).disputed());
        }

        @Test
        void differentExactCountsAreDisputed() {
            assertTrue(figure(exact(3), exact(4)).disputed());
        }

        @Test
        void equalExactCountsAreNotDisputed() {
            assertFalse(figure(exact(3), exact(3)).disputed());
        }

        @Test
        void overAndAnUpToBelowItAreDisputed() {
            assertTrue(figure(over(250_000), upTo(200_000)).disputed());
        }

        @Test
        void overAndAnUpToReachingItAreNotDisputed() {
            assertFalse(figure(over(250_000), upTo(250_000)).disputed());
        }

        @Test
        void overAndTheExactNumberItNamesAreNotDisputed() {
            assertFalse(figure(over(250_000), exact(250_000)).disputed());
        }

        @Test
        void twoClaimsOpenAboveAlwaysShareNumbers() {
            assertFalse(figure(over(1_000), over(250_000)).disputed());
        }

        @Test
        void twoClaimsOpenBelowAlwaysShareNumbers() {
            assertFalse(figure(upTo(10), upTo(100_000)).disputed());
        }

        @Test
        void anExactCountAboveAnOpenAboveRangeIsNotDisputed() {
            assertFalse(figure(over(1_000), exact(50_000)).disputed());
        }

        @Test
        void anExactCountBelowAnOverIsDisputed() {
            assertTrue(figure(over(250_000), exact(80_000)).disputed());
        }

        @Test
        void oneOutlierDisputesTheFigureEvenWhenOthersAgree() {
            assertTrue(
                    figure(range(90_000, 110_000), exact(100_000), exact(5_000)).disputed());
        }

        @Test
        void upToZeroAndExactZeroAreNotDisputed() {
            assertFalse(figure(upTo(0), exact(0)).disputed());
        }
    }
}
