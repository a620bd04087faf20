package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.retention.CustomerRetention;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Set;

/**
 * Customer retention per quarter by the textbook formula {@code (E − N) / S}, with the counts
 * read off the ledger: {@code S} customers paying at the end of the month before the quarter,
 * {@code E} paying at its end, and {@code N} those of {@code E} who were not paying at the start
 * (new or returning). Customers who joined and left inside the quarter appear in none of the
 * three counts, which is the formula's known blind spot.
 */
public final class CustomerRetentionSection implements ReportSection {

    @Override
    public String title() {
        return "Customer retention by quarter (textbook formula)";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        TextTable table = TextTable.of("quarter", "start S", "end E", "acquired N", "lost", "CRR (E − N) / S");
        YearMonth first = context.data().period().firstMonth();
        YearMonth last = context.data().period().lastMonth();
        for (ReportingPeriod q = ReportingPeriod.quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
                !q.lastMonth().isAfter(last); q = q.next()) {
            Set<CustomerId> start = context.ledger().snapshot(q.firstMonth().minusMonths(1)).mrr().keySet();
            Set<CustomerId> end = context.ledger().snapshot(q.lastMonth()).mrr().keySet();
            long acquired = end.stream().filter(c -> !start.contains(c)).count();
            long lost = start.stream().filter(c -> !end.contains(c)).count();
            Ratio crr = CustomerRetention.rate(start.size(), end.size(), acquired);
            table.row(q, start.size(), end.size(), acquired, lost, crr.defined() ? crr : "— (no customers at start)");
        }
        return SectionOutput.text(table.toString());
    }
}
