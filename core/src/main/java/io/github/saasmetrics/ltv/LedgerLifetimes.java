package io.github.saasmetrics.ltv;

import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.Tenure;
import io.github.saasmetrics.ledger.MrrLedger;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lifetimes and cohort value read from an {@link MrrLedger}.
 *
 * <p><b>Tenure.</b> A customer's tenure is the length, in months, of its <em>first</em> unbroken run
 * of paid month ends, starting at its first paid month. The customer churned if the run ends
 * before the ledger does, and is right-censored if it is still paying in the ledger's last month.
 * A customer who returns later keeps its first churn: Kaplan–Meier estimates time to first churn.
 * A customer who joined and left inside one month (paid, but never at a month end) has tenure 0.
 * Customers whose first payment precedes the ledger are left out, because their early months are
 * not in it (left truncation); {@link #customersBeforeLedger(MrrLedger)} counts them, and
 * {@link #survival(MrrLedger, LeftTruncation)} can count them with delayed entry instead.
 *
 * <p><b>Cohort revenue.</b> Each month's MRR stands for that month's revenue, so a cohort's
 * revenue at age {@code k} is the MRR, {@code k} months after its first paid month, of the
 * customers who first paid in that month.
 *
 * <p>Example: a customer paying in months 1–4 of a ledger ending at month 12 has tenure 4,
 * churned; one paying from month 9 to 12 has tenure 4, censored.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class LedgerLifetimes {

    private LedgerLifetimes() {
    }

    /**
     * The tenures of the ledger's customers, ready for {@link KaplanMeier}.
     *
     * @param ledger the ledger, not null
     * @return an accumulator holding one tenure per customer first paying inside the ledger, not null
     */
    public static KaplanMeier.Accumulator tenures(MrrLedger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        KaplanMeier.Accumulator acc = KaplanMeier.accumulator();
        int last = ledger.monthCount() - 1;
        for (int c = 0; c < ledger.customerCount(); c++) {
            int first = ledger.firstPaidMonthIndex(c);
            if (first < 0 || first == MrrLedger.NEVER_PAID) {
                continue;
            }
            int r = ledger.rowStart(c);
            int end = ledger.rowEnd(c);
            while (r < end && ledger.rowMonth(r) < first) {
                r++;
            }
            if (r == end || ledger.rowMonth(r) != first) {
                acc.add(0, true);
                continue;
            }
            int spellEnd = first;
            while (r + 1 < end && ledger.rowMonth(r + 1) == spellEnd + 1) {
                r++;
                spellEnd++;
            }
            acc.add(spellEnd - first + 1, spellEnd < last);
        }
        return acc;
    }

    /**
     * The Kaplan–Meier survival curve of time to first churn, in months.
     *
     * @param ledger the ledger, not null
     * @return the curve, not null
     * @throws IllegalArgumentException if no customer first pays inside the ledger
     */
    public static SurvivalCurve survival(MrrLedger ledger) {
        return tenures(ledger).toCurve();
    }

    /**
     * The Kaplan–Meier survival curve of time to first churn, in months, with a choice for the
     * customers whose first payment precedes the ledger: left out ({@link LeftTruncation#EXCLUDE},
     * the same curve as {@link #survival(MrrLedger)}), or counted from the tenure at which the
     * ledger first sees them ({@link LeftTruncation#DELAYED_ENTRY}, see
     * {@link KaplanMeier#fitDelayedEntry(java.util.Collection)}).
     *
     * @param ledger the ledger, not null
     * @param leftTruncation what to do with customers first paying before the ledger, not null
     * @return the curve, not null
     * @throws IllegalStateException if no customer can be counted
     */
    public static SurvivalCurve survival(MrrLedger ledger, LeftTruncation leftTruncation) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(leftTruncation, "leftTruncation");
        return leftTruncation == LeftTruncation.EXCLUDE ? survival(ledger)
                : KaplanMeier.fitDelayedEntry(DelayedEntryTenures.of(ledger));
    }

    /**
     * The number of paying customers whose first payment precedes the ledger, left out of
     * {@link #tenures(MrrLedger)} and of the cohorts.
     *
     * @param ledger the ledger, not null
     * @return the count, zero or more
     */
    public static long customersBeforeLedger(MrrLedger ledger) {
        long n = 0;
        for (int c = 0; c < ledger.customerCount(); c++) {
            if (ledger.firstPaidMonthIndex(c) < 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The cohort value of every first-paid month in the ledger: for each cohort, its original
     * customers and their revenue by age up to the ledger's last month.
     *
     * @param ledger the ledger, not null
     * @return the cohorts by month, in order, not null, unmodifiable
     */
    public static SortedMap<YearMonth, CohortLtv> cohorts(MrrLedger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        int months = ledger.monthCount();
        CohortLtv.Accumulator[] acc = new CohortLtv.Accumulator[months];
        for (int c = 0; c < ledger.customerCount(); c++) {
            int first = ledger.firstPaidMonthIndex(c);
            if (first < 0 || first == MrrLedger.NEVER_PAID) {
                continue;
            }
            if (acc[first] == null) {
                acc[first] = CohortLtv.accumulator(ledger.currency(), months - first);
            }
            acc[first].addCustomer();
            for (int r = ledger.rowStart(c); r < ledger.rowEnd(c); r++) {
                acc[first].addRevenue(ledger.rowMonth(r) - first, ledger.rowMrr(r));
            }
        }
        SortedMap<YearMonth, CohortLtv> out = new TreeMap<>();
        for (int m = 0; m < months; m++) {
            if (acc[m] != null) {
                out.put(ledger.month(m), acc[m].toCohortLtv());
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
