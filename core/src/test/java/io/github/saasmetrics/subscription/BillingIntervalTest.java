package io.github.saasmetrics.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.saasmetrics.JsonRoundTrip;
import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BillingIntervalTest {

    @Test
    void namedIntervals() {
        assertEquals(BillingInterval.every(1, BillingInterval.Unit.MONTH), BillingInterval.monthly());
        assertEquals(BillingInterval.every(3, BillingInterval.Unit.MONTH), BillingInterval.quarterly());
        assertEquals(BillingInterval.every(1, BillingInterval.Unit.YEAR), BillingInterval.annual());
        assertEquals(BillingInterval.every(1, BillingInterval.Unit.WEEK), BillingInterval.weekly());
        assertEquals(BillingInterval.every(1, BillingInterval.Unit.DAY), BillingInterval.daily());
        assertEquals("P3M", BillingInterval.quarterly().toString());
        assertEquals("P1Y", BillingInterval.annual().toString());
        assertEquals("P2W", BillingInterval.every(2, BillingInterval.Unit.WEEK).toString());
        assertEquals("P1D", BillingInterval.daily().toString());
    }

    @Test
    void monthlyFactorIsAnExactFraction() {
        // $1,200 a year is $100 a month; $10 a week is $10 × 52/12; $1 a day is $1 × 365/12.
        assertEquals(1, BillingInterval.annual().monthlyNumerator());
        assertEquals(12, BillingInterval.annual().monthlyDenominator());
        assertEquals(24, BillingInterval.every(2, BillingInterval.Unit.YEAR).monthlyDenominator());
        assertEquals(1, BillingInterval.quarterly().monthlyNumerator());
        assertEquals(3, BillingInterval.quarterly().monthlyDenominator());
        assertEquals(52, BillingInterval.weekly().monthlyNumerator());
        assertEquals(12, BillingInterval.weekly().monthlyDenominator());
        assertEquals(365, BillingInterval.daily().monthlyNumerator());
        assertEquals(84, BillingInterval.every(7, BillingInterval.Unit.DAY).monthlyDenominator());
        assertEquals(12L * Integer.MAX_VALUE, BillingInterval.every(Integer.MAX_VALUE, BillingInterval.Unit.YEAR)
                .monthlyDenominator(), "no int overflow");
    }

    @Test
    void addToCountsFromTheAnchorSoMonthEndsDoNotDrift() {
        LocalDate jan31 = LocalDate.of(2024, 1, 31);
        assertEquals(LocalDate.of(2024, 2, 29), BillingInterval.monthly().addTo(jan31));
        assertEquals(LocalDate.of(2024, 3, 31), BillingInterval.monthly().addTo(jan31, 2));
        assertEquals(jan31, BillingInterval.monthly().addTo(jan31, 0));
        assertEquals(LocalDate.of(2024, 7, 31), BillingInterval.quarterly().addTo(jan31, 2));
        assertEquals(LocalDate.of(2025, 2, 28), BillingInterval.annual().addTo(LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2024, 2, 14), BillingInterval.every(2, BillingInterval.Unit.WEEK).addTo(jan31));
        assertEquals(LocalDate.of(2024, 2, 3), BillingInterval.every(3, BillingInterval.Unit.DAY).addTo(jan31));
        assertEquals("the number of intervals must not be negative but was -1", assertThrows(
                IllegalArgumentException.class, () -> BillingInterval.monthly().addTo(jan31, -1)).getMessage());
        assertEquals("4611686018427387904 intervals of P2D overflow a long", assertThrows(ArithmeticException.class,
                () -> BillingInterval.every(2, BillingInterval.Unit.DAY).addTo(jan31, 1L << 62)).getMessage());
        assertThrows(DateTimeException.class, () -> BillingInterval.annual().addTo(LocalDate.MAX));
        assertThrows(NullPointerException.class, () -> BillingInterval.annual().addTo(null));
    }

    @Test
    void parseReadsTheIsoPeriodFormAndNothingElse() {
        assertEquals(BillingInterval.quarterly(), BillingInterval.parse("P3M"));
        assertEquals(BillingInterval.every(Integer.MAX_VALUE, BillingInterval.Unit.DAY),
                BillingInterval.parse("P2147483647D"));
        for (String bad : new String[] {"P0M", "P1", "1M", "P1X", "P-1M", "P01M", "P1M ", "p1m", "", "P2147483648D",
            "P99999999999D", "P1Y2M"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BillingInterval.parse(bad));
            assertEquals("billing interval must look like P1M, P3M, P1Y, P2W or P1D (a count from 1 to 2147483647) but"
                    + " was '" + bad + "'", e.getMessage());
        }
        assertEquals("interval count must be at least 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> BillingInterval.every(0, BillingInterval.Unit.MONTH)).getMessage());
        assertEquals("unit", assertThrows(NullPointerException.class, () -> BillingInterval.every(1, null)).getMessage());
    }

    @Property
    void textAndJsonRoundTrip(@ForAll BillingInterval.Unit unit, @ForAll @IntRange(min = 1) int count) {
        BillingInterval interval = BillingInterval.every(count, unit);
        assertEquals(interval, BillingInterval.parse(interval.toString()));
        assertEquals("\"" + interval + "\"", JsonRoundTrip.assertRoundTrips(interval, BillingInterval.class));
    }
}
