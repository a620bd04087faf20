package io.github.saasmetrics.subscription;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The day on which a month's MRR is measured.
 *
 * <p>The default is {@link #LAST_DAY}: a customer who signs up during the month counts in that
 * month's MRR, one who leaves during it does not, and so the bridge from one month to the next
 * explains everything that happened inside the month. {@link #FIRST_DAY} measures the opening
 * position instead.
 */
public enum MeasurementInstant {
    /** The first day of the month. */
    FIRST_DAY,
    /** The last day of the month (the default). */
    LAST_DAY;

    /**
     * The measurement date of a month.
     *
     * @param month the month, not null
     * @return the first or last day of it, not null
     */
    public LocalDate in(YearMonth month) {
        return this == FIRST_DAY ? month.atDay(1) : month.atEndOfMonth();
    }
}
