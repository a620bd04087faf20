package io.github.saasmetrics.spark;

import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Every calendar month, quarter or year that a ledger can measure, for metrics asked "for each
 * period": the whole periods after the ledger's opening month and up to its last month. A quarter
 * or year only partly inside the ledger is left out, never measured in part.
 *
 * <p>Example: a ledger of 2023-12..2024-07 (opening month 2023-12) has the months 2024-01 to
 * 2024-07, the quarters 2024-Q1 and 2024-Q2, and no whole year.
 */
public enum PeriodGrid {
    /** Calendar months. */
    MONTH,
    /** Calendar quarters. */
    QUARTER,
    /** Calendar years. */
    YEAR;

    /**
     * The periods of this grid inside a ledger's measurable months.
     *
     * @param openingMonth the ledger's first (opening) month, not null
     * @param lastMonth the ledger's last month, not null
     * @return the periods in order, not null, possibly empty
     */
    public List<ReportingPeriod> periods(YearMonth openingMonth, YearMonth lastMonth) {
        List<ReportingPeriod> out = new ArrayList<>();
        YearMonth first = openingMonth.plusMonths(1);
        for (YearMonth m = first; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            ReportingPeriod p = switch (this) {
                case MONTH -> ReportingPeriod.month(m);
                case QUARTER -> ReportingPeriod.quarter(m.getYear(), (m.getMonthValue() + 2) / 3);
                case YEAR -> ReportingPeriod.year(m.getYear());
            };
            if (p.firstMonth().equals(m) && !p.lastMonth().isAfter(lastMonth)) {
                out.add(p);
            }
        }
        return out;
    }
}
