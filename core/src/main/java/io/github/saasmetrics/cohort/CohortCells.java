package io.github.saasmetrics.cohort;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.time.EpochMonths;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javax.annotation.Nullable;

/**
 * The cohort table's sizes and cells for one slice of customers, summed exactly across slices: the
 * accumulator of {@link CohortTable#fold}. Cell {@code base[s] + k} is cohort slot {@code s} at age
 * {@code k}. The rules are {@link CohortTable}'s.
 */
final class CohortCells implements LedgerAccumulator<CohortCells, CohortTable> {

    /** Null: every customer (no identifier lookup). */
    @Nullable
    private final Predicate<CustomerId> segment;
    private final CohortGrouping grouping;
    private final ReportingPeriod ledgerMonths;
    private final YearMonth firstMonth;
    private final Currency currency;
    private final int unit;
    private final int firstEpoch;
    private final int slot0;
    private final int slots;
    private final int[] ages;
    private final int[] base;
    private final long[] size;
    private final long[] paying;
    private final long[] mrr;
    private final long[] retained;
    private long before;
    private long never;

    CohortCells(MrrLedger ledger, CohortGrouping grouping, @Nullable Predicate<CustomerId> segment) {
        this.segment = segment;
        this.grouping = grouping;
        this.ledgerMonths = ledger.period();
        this.firstMonth = ledger.firstMonth();
        this.currency = ledger.currency();
        this.unit = grouping.months();
        this.firstEpoch = epochMonth(ledger.firstMonth());
        int last = ledger.monthCount() - 1;
        // Slot 0 is the first cohort period that begins inside the ledger.
        this.slot0 = firstEpoch + Math.floorMod(-firstEpoch, unit);
        this.slots = Math.max(0, (firstEpoch + last - slot0) / unit + 1);
        this.ages = new int[slots];
        this.base = new int[slots + 1];
        for (int s = 0; s < slots; s++) {
            int cohortLast = slot0 + s * unit + unit - 1 - firstEpoch;
            ages[s] = cohortLast > last ? 0 : (last - cohortLast) / unit + 1;
            base[s + 1] = base[s] + ages[s];
        }
        this.size = new long[slots];
        this.paying = new long[base[slots]];
        this.mrr = new long[base[slots]];
        this.retained = new long[base[slots]];
    }

    @Override
    public void add(CustomerTimeline t) {
        if (segment != null && !segment.test(t.id())) {
            return;
        }
        int f = t.firstPaidMonth();
        if (f == CustomerTimeline.NEVER_PAID) {
            never++;
            return;
        }
        int e = firstEpoch + f;
        int start = e - Math.floorMod(e, unit);
        if (f < 0 || start < firstEpoch) {
            before++;
            return;
        }
        int s = (start - slot0) / unit;
        size[s]++;
        int to = t.paidMonthCount();
        long v0 = 0 < to && t.paidMonth(0) == f ? t.mrr(0) : 0;
        if (unit == 1) {
            addMonthly(t, s, f, to, v0);
        } else {
            addGrouped(t, s, f, to, v0);
        }
    }

    /**
     * Monthly cohorts, the commonest: a paid month's cell is {@code cell0 + month}, and every paid
     * month of the ledger lies inside the cohort's observed ages (its last age ends at the ledger's
     * last month), so the loop needs neither a division nor an age check.
     */
    private void addMonthly(CustomerTimeline t, int s, int f, int to, long v0) {
        long[] paying = this.paying;
        long[] mrr = this.mrr;
        long[] retained = this.retained;
        int cell0 = base[s] - f;
        int r = 0;
        try {
            for (; r < to; r++) {
                int at = cell0 + t.paidMonth(r);
                long v = t.mrr(r);
                paying[at]++;
                mrr[at] = Math.addExact(mrr[at], v);
                // Never above the cell's MRR, which was just added without overflow.
                retained[at] += Math.min(v, v0);
            }
        } catch (ArithmeticException overflow) {
            throw overflow("MRR", s, t.paidMonth(r) - f);
        }
    }

    /** Quarterly and yearly cohorts: only months a whole number of periods after the first count. */
    private void addGrouped(CustomerTimeline t, int s, int f, int to, long v0) {
        final int ageLimit = ages[s];
        final int cell0 = base[s];
        int k = 0;
        try {
            for (int r = 0; r < to; r++) {
                int offset = t.paidMonth(r) - f;
                if (offset % unit != 0) {
                    continue;
                }
                k = offset / unit;
                if (k >= ageLimit) {
                    break;
                }
                long v = t.mrr(r);
                int at = cell0 + k;
                paying[at]++;
                mrr[at] = Math.addExact(mrr[at], v);
                retained[at] += Math.min(v, v0);
            }
        } catch (ArithmeticException overflow) {
            throw overflow("MRR", s, k);
        }
    }

    @Override
    public void addAll(CohortCells o) {
        for (int s = 0; s < slots; s++) {
            size[s] = exact(size[s], o.size[s], "size", s, -1);
            for (int k = 0; k < ages[s]; k++) {
                int at = base[s] + k;
                paying[at] = exact(paying[at], o.paying[at], "customers paying", s, k);
                mrr[at] = exact(mrr[at], o.mrr[at], "MRR", s, k);
                retained[at] = exact(retained[at], o.retained[at], "retained MRR", s, k);
            }
        }
        before = Math.addExact(before, o.before);
        never = Math.addExact(never, o.never);
    }

    /** {@code a + b}, or an {@link ArithmeticException} naming the cohort, the age and the sum. */
    private long exact(long a, long b, String what, int slot, int age) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw overflow(what, slot, age);
        }
        return r;
    }

    /** The overflow of a sum of cohort {@code slot} at an age ({@code −1}: the cohort's size). */
    private ArithmeticException overflow(String what, int slot, int age) {
        return new ArithmeticException("cohort table by " + grouping.name().toLowerCase(Locale.ROOT) + ": the "
                + what + " of cohort " + cohort(slot) + (age < 0 ? "" : " at age " + age)
                + " overflows a long" + (what.contains("MRR") ? " of minor units of "
                + currency.getCurrencyCode() : ""));
    }

    private ReportingPeriod cohort(int slot) {
        return grouping.periodOf(firstMonth.plusMonths(slot0 - firstEpoch + (long) slot * unit));
    }

    @Override
    public CohortTable snapshot() {
        List<CohortRow> rows = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            if (size[s] == 0) {
                continue;
            }
            List<CohortCell> cells = new ArrayList<>(ages[s]);
            for (int k = 0; k < ages[s]; k++) {
                int at = base[s] + k;
                cells.add(new CohortCell(k, paying[at], Money.ofMinor(currency, mrr[at]),
                        Money.ofMinor(currency, retained[at])));
            }
            rows.add(new CohortRow(cohort(s), size[s], cells));
        }
        return new CohortTable(grouping, ledgerMonths, rows, before, never);
    }

    static int epochMonth(YearMonth month) {
        return (int) EpochMonths.indexOf(month);
    }
}
