package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cohort table computed with plain Java in one pass over a ledger's customers (through the
 * public fold API, like any user's metric): for each sign-up cohort (the month of a customer's
 * first payment) and each age in months, the number of paying customers and their MRR. It is the
 * reference the DuckDB cohort query is checked against, and the workload a cohort calculator has
 * to beat.
 *
 * <p>Cells of disjoint customer ranges add up with {@link #plus(LedgerCohorts)}, and on slices with
 * {@link #fold()}.
 *
 * <p>Instances are not modified after {@link #of(MrrLedger)} or a fold returns; safe to read from several threads.
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
     * Counts the paying customers and sums their MRR per (cohort, age), on the calling thread.
     *
     * @param ledger the ledger, not null
     * @return the cells, not null
     */
    public static LedgerCohorts of(MrrLedger ledger) {
        return ledger.fold(FOLD);
    }

    /**
     * The same pass as a {@link LedgerFold}, for {@code ledger.fold(LedgerCohorts.fold(), slices, executor)}:
     * each slice fills its own cells, which add up in slice order.
     *
     * @return the fold, not null
     */
    public static LedgerFold<?, LedgerCohorts> fold() {
        return FOLD;
    }

    private static final LedgerFold<LedgerCohorts, LedgerCohorts> FOLD = new LedgerFold<>() {
        @Override
        public LedgerCohorts newAccumulator(MrrLedger ledger) {
            int n = ledger.monthCount();
            return new LedgerCohorts(ledger.firstMonth(), n, new long[n * n], new long[n * n]);
        }

        @Override
        public void add(LedgerCohorts cells, CustomerTimeline customer) {
            int rows = customer.paidMonthCount();
            if (rows == 0) {
                return;
            }
            int n = cells.months;
            long[] count = cells.customers;
            long[] sum = cells.mrr;
            int cohort = customer.firstPaidMonth();
            int base = cohort * n - cohort;
            for (int r = 0; r < rows; r++) {
                int cell = base + customer.paidMonth(r);
                count[cell]++;
                sum[cell] += customer.mrr(r);
            }
        }

        @Override
        public LedgerCohorts merge(LedgerCohorts left, LedgerCohorts right) {
            for (int i = 0; i < left.customers.length; i++) {
                left.customers[i] = Math.addExact(left.customers[i], right.customers[i]);
                left.mrr[i] = Math.addExact(left.mrr[i], right.mrr[i]);
            }
            return left;
        }

        @Override
        public LedgerCohorts finish(LedgerCohorts cells) {
            return cells;
        }

        @Override
        public String toString() {
            return "plain cohort cells";
        }
    };

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
