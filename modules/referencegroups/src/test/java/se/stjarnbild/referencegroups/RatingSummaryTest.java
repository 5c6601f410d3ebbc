package se.stjarnbild.referencegroups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void countsEachValueAndTakesTheMiddleOneForAnOddCount() {
        RatingSummary summary = RatingSummary.of(List.of(5, 1, 4, 4, 2));
        assertArrayEquals(new int[] {1, 1, 0, 2, 1}, summary.counts());
        assertEquals(5, summary.total());
        assertEquals(4.0, summary.median());
    }

    @Test
    void anEvenCountHasTheMeanOfTheTwoMiddleValues() {
        assertEquals(3.5, RatingSummary.of(List.of(3, 4)).median());
        assertEquals(2.5, RatingSummary.of(List.of(1, 2, 3, 5)).median());
        assertEquals(5.0, RatingSummary.of(List.of(5, 5)).median());
    }

    @Test
    void missingAndOffScaleRatingsAreNotCounted() {
        RatingSummary summary = RatingSummary.of(Arrays.asList(null, 0, 6, -3, 3));
        assertEquals(1, summary.total());
        assertEquals(1, summary.count(3));
        assertEquals(3.0, summary.median());
    }

    @Test
    void noRatingsHaveNoMedian() {
        RatingSummary summary = RatingSummary.of(List.of());
        assertEquals(0, summary.total());
        assertNull(summary.median());
    }

    @Test
    void responseRatesAreRoundedAndZeroWhenNobodyWasAsked() {
        assertEquals(67, new Response(1, "Ungdomar", 3, 2).percent());
        assertEquals(0, new Response(1, "Inflyttare", 0, 0).percent());
        assertEquals(100, new Response(1, "Hotagen", 4, 4).percent());
    }
}
