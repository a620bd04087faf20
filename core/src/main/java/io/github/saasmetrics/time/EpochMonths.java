package io.github.saasmetrics.time;

import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Months counted from January of year 0, the one numbering of months the library stores: a month is
 * {@code year × 12 + month − 1}, so 2024-03 is 24 290 and 0000-01 is 0; months before year 0 are
 * negative. Consecutive months are consecutive numbers, which makes month arithmetic an integer
 * subtraction and lets columns of months be sorted by counting.
 *
 * <p>This class is immutable and thread-safe; it has no instances.
 */
public final class EpochMonths {

    private EpochMonths() {
    }

    /**
     * The number of a month: {@code indexOf(2024-03)} is 24 290.
     *
     * @param month the month, not null
     * @return {@code year × 12 + month − 1}, from −11 999 999 988 to 11 999 999 999
     */
    public static long indexOf(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }

    /**
     * The month of a number: {@code month(24290)} is 2024-03.
     *
     * @param index the number, from −11 999 999 988 to 11 999 999 999 (the months {@link YearMonth} holds)
     * @return the month, not null
     * @throws IllegalArgumentException if the number is outside the months {@code YearMonth} holds
     */
    public static YearMonth month(long index) {
        long year = Math.floorDiv(index, 12);
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw new IllegalArgumentException("epoch month " + index + " is outside the months a YearMonth holds ("
                    + indexOf(YearMonth.of(Year.MIN_VALUE, 1)) + " to " + indexOf(YearMonth.of(Year.MAX_VALUE, 12))
                    + ")");
        }
        return YearMonth.of((int) year, (int) Math.floorMod(index, 12) + 1);
    }
}
