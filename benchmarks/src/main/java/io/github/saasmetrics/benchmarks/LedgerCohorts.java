package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cohort table computed with plain Java in one pass over a ledger: for each sign-up cohort
 * (the month of a customer's first payment) and each age in months, the number of paying customers
 * and their MRR. It is the reference the DuckDB cohort query is checked against, and the workload
 * a cohort calculator has to beat.
 *
 * <p>Cells of disjoint customer ranges add up with {@link #plus(LedgerCohorts)}.
 *
 * <p>Instances are not modified after {@link #of(MrrLedger)} returns; safe to read from several threads.
 */
public final class LedgerCohorts {

    private final YearMonth firstMonth;
    private final int months;
    /** Cell {@code cohort × months + age}. */
    private final long[] customers;
    private final long[] mrr;

    private LedgerCohorts(YearMonth firstMonth, int months, long[] customers, long[] mrr) {
        this.firstMonth = firstMonth;
        this.months = months;
        this.customers = customers;
        this.mrr = mrr;
    }

    /**
     * Counts the paying customers and sums their MRR per (cohort, age).
     *
     * @param ledger the ledger, not null
     * @return the cells, not null
     */
    public static LedgerCohorts of(MrrLedger ledger) {
        int n = ledger.monthCount();
        long[] count = new long[n * n];
        long[] sum = new long[n * n];
        for (int c = 0, customers = ledger.customerCount(); c < customers; c++) {
            int from = ledger.rowStart(c);
            int to = ledger.rowEnd(c);
            if (from == to) {
                continue;
            }
            int cohort = ledger.firstPaidMonthIndex(c);
            int base = cohort * n - cohort;
            for (int r = from; r < to; r++) {
                int cell = base + ledger.rowMonth(r);
                count[cell]++;
                sum[cell] += ledger.rowMrr(r);
            }
        }
        return new LedgerCohorts(ledger.firstMonth(), n, count, sum);
    }

    /**
     * Adds the cells of another range of customers of the same months.
     *
     * @param other the other cells, not null
     * @return the sums, not null
     */
    public LedgerCohorts plus(LedgerCohorts other) {
        if (!other.firstMonth.equals(firstMonth) || other.months != months) {
            throw new IllegalArgumentException("cannot add cohorts of different months");
        }
        long[] c = customers.clone();
        long[] s = mrr.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.addExact(c[i], other.customers[i]);
            s[i] = Math.addExact(s[i], other.mrr[i]);
        }
        return new LedgerCohorts(firstMonth, months, c, s);
    }

    /**
     * The non-empty cells in (cohort, age) order.
     *
     * @return the cells, not null
     */
    public List<CohortCell> cells() {
        List<CohortCell> out = new ArrayList<>();
        int first = CustomerMonthRows.epochMonth(firstMonth);
        for (int cohort = 0; cohort < months; cohort++) {
            for (int age = 0; cohort + age < months; age++) {
                int i = cohort * months + age;
                if (customers[i] != 0) {
                    out.add(new CohortCell(first + cohort, age, customers[i], mrr[i]));
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerCohorts other && firstMonth.equals(other.firstMonth) && months == other.months
                && Arrays.equals(customers, other.customers) && Arrays.equals(mrr, other.mrr);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(customers) * 31 + Arrays.hashCode(mrr);
    }

    @Override
    public String toString() {
        return "LedgerCohorts[" + firstMonth + ", " + months + " months, " + cells().size() + " cells]";
    }
}
