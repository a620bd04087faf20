package io.github.saasmetrics.cohort;

import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;

/**
 * How a {@link CohortTable} groups customers by their first paid month, and the unit of its ages.
 *
 * <p>A customer's age {@code k} is {@code k} units after its own first paid month: with
 * {@link #QUARTER}, age 1 of a customer who first paid in February is May. So every customer of a
 * cohort is measured the same time after its own start, whichever month of the quarter or year it
 * joined in.
 */
public enum CohortGrouping {
    /** Cohorts by calendar month; ages in months. */
    MONTH(1),
    /** Cohorts by calendar quarter; ages in quarters (3 months). */
    QUARTER(3),
    /** Cohorts by calendar year; ages in years (12 months). */
    YEAR(12);

    private final int months;

    CohortGrouping(int months) {
        this.months = months;
    }

    /**
     * The length of a cohort period and of one age step, in months.
     *
     * @return 1, 3 or 12
     */
    public int months() {
        return months;
    }

    /**
     * The cohort period that holds a month.
     *
     * @param month the month, not null
     * @return the month, quarter or year, not null
     */
    public ReportingPeriod periodOf(YearMonth month) {
        return switch (this) {
            case MONTH -> ReportingPeriod.month(month);
            case QUARTER -> ReportingPeriod.quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
            case YEAR -> ReportingPeriod.year(month.getYear());
        };
    }

    /** The prefix of age column headings: m, q or y. */
    String agePrefix() {
        return switch (this) {
            case MONTH -> "m";
            case QUARTER -> "q";
            case YEAR -> "y";
        };
    }
}
