package io.github.saasmetrics.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EpochMonthsTest {

    @Test
    void monthsAreCountedFromJanuaryOfYearZero() {
        assertEquals(24_290, EpochMonths.indexOf(YearMonth.of(2024, 3)));
        assertEquals(0, EpochMonths.indexOf(YearMonth.of(0, 1)));
        assertEquals(-1, EpochMonths.indexOf(YearMonth.of(-1, 12)));
        assertEquals(YearMonth.of(2024, 3), EpochMonths.month(24_290));
        assertEquals(YearMonth.of(-1, 12), EpochMonths.month(-1));
        assertEquals(-11_999_999_988L, EpochMonths.indexOf(YearMonth.of(Year.MIN_VALUE, 1)));
        assertEquals(11_999_999_999L, EpochMonths.indexOf(YearMonth.of(Year.MAX_VALUE, 12)));
        assertEquals(YearMonth.of(Year.MIN_VALUE, 1), EpochMonths.month(-11_999_999_988L));
        assertEquals(YearMonth.of(Year.MAX_VALUE, 12), EpochMonths.month(11_999_999_999L));
    }

    @Test
    void numbersBeyondTheMonthsAYearMonthHoldsAreRefused() {
        assertEquals("epoch month 12000000000 is outside the months a YearMonth holds (-11999999988 to 11999999999)",
                assertThrows(IllegalArgumentException.class, () -> EpochMonths.month(12_000_000_000L)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EpochMonths.month(-11_999_999_989L));
        assertThrows(IllegalArgumentException.class, () -> EpochMonths.month(Long.MIN_VALUE));
        assertThrows(NullPointerException.class, () -> EpochMonths.indexOf(null));
    }

    @Property(tries = 200)
    void consecutiveMonthsAreConsecutiveNumbers(@ForAll @IntRange(min = -999_999_998, max = 999_999_998) int year,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        YearMonth m = YearMonth.of(year, month);
        assertEquals(EpochMonths.indexOf(m) + 1, EpochMonths.indexOf(m.plusMonths(1)));
        assertEquals(m, EpochMonths.month(EpochMonths.indexOf(m)));
    }
}
