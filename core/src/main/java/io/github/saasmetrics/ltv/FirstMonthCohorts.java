package io.github.saasmetrics.ltv;

import io.github.saasmetrics.ledger.CustomerTimeline;
import io.github.saasmetrics.ledger.LedgerAccumulator;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Cohort value for one slice of customers: per first-paid month, the cohort's customers and their
 * MRR by age, summed exactly across slices; the accumulator of {@link LedgerLifetimes#cohortsFold()}.
 * {@code revenue[m]} is null until a customer first pays in month {@code m}. The rules are
 * {@link LedgerLifetimes}'.
 */
final class FirstMonthCohorts implements LedgerAccumulator<FirstMonthCohorts, SortedMap<YearMonth, CohortLtv>> {

    private final YearMonth firstMonth;
    private final Currency currency;
    private final int months;
    private final long[] customers;
    private final long[][] revenue;

    FirstMonthCohorts(MrrLedger ledger) {
        this.firstMonth = ledger.firstMonth();
        this.currency = ledger.currency();
        this.months = ledger.monthCount();
        this.customers = new long[months];
        this.revenue = new long[months][];
    }

    @Override
    public void add(CustomerTimeline t) {
        int first = t.firstPaidMonth();
        if (first < 0 || first == CustomerTimeline.NEVER_PAID) {
            return;
        }
        if (revenue[first] == null) {
            revenue[first] = new long[months - first];
        }
        customers[first]++;
        long[] cohort = revenue[first];
        for (int r = 0, n = t.paidMonthCount(); r < n; r++) {
            int age = t.paidMonth(r) - first;
            cohort[age] = exact(cohort[age], t.mrr(r), first, age);
        }
    }

    @Override
    public void addAll(FirstMonthCohorts o) {
        for (int m = 0; m < months; m++) {
            if (o.revenue[m] == null) {
                continue;
            }
            if (revenue[m] == null) {
                revenue[m] = o.revenue[m];
                customers[m] = o.customers[m];
                continue;
            }
            for (int age = 0; age < revenue[m].length; age++) {
                revenue[m][age] = exact(revenue[m][age], o.revenue[m][age], m, age);
            }
            customers[m] = Math.addExact(customers[m], o.customers[m]);
        }
    }

    /** {@code a + b}, or an {@link ArithmeticException} naming the cohort and the age. */
    private long exact(long a, long b, int cohort, int age) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new ArithmeticException("cohort LTV: the revenue of cohort " + firstMonth.plusMonths(cohort)
                    + " at age " + age + " overflows a long of minor units of " + currency.getCurrencyCode());
        }
        return r;
    }

    @Override
    public SortedMap<YearMonth, CohortLtv> snapshot() {
        SortedMap<YearMonth, CohortLtv> out = new TreeMap<>();
        for (int m = 0; m < months; m++) {
            if (revenue[m] != null) {
                List<Money> amounts = new ArrayList<>(revenue[m].length);
                for (long minor : revenue[m]) {
                    amounts.add(Money.ofMinor(currency, minor));
                }
                out.put(firstMonth.plusMonths(m), new CohortLtv(customers[m], amounts));
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
