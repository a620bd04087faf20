package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Turns subscriptions into a ledger: one customer at a time, months in order, so rows come out sorted. */
final class SubscriptionLedgerFactory {

    private final MrrConventions conventions;
    private final ExchangeRates rates;
    private final YearMonth opening;
    private final int monthCount;
    private final LocalDate[] instants;
    /** First day of each month, plus the day after the last month. */
    private final LocalDate[] monthStarts;

    SubscriptionLedgerFactory(ReportingPeriod period, MrrConventions conventions, ExchangeRates rates) {
        Objects.requireNonNull(period, "period");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.rates = Objects.requireNonNull(rates, "rates");
        if (!period.wholeMonths()) {
            throw new IllegalArgumentException("period must be whole calendar months but was " + period);
        }
        this.opening = period.firstMonth().minusMonths(1);
        long months = period.monthCount() + 1;
        if (months > Limits.MAX_LEDGER_MONTHS) {
            throw new IllegalArgumentException("period must span at most " + (Limits.MAX_LEDGER_MONTHS - 1)
                    + " months (a ledger spans " + Limits.MAX_LEDGER_MONTHS + " with its opening month) but " + period
                    + " spans " + period.monthCount());
        }
        this.monthCount = (int) months;
        this.instants = new LocalDate[monthCount];
        this.monthStarts = new LocalDate[monthCount + 1];
        for (int m = 0; m < monthCount; m++) {
            instants[m] = conventions.measurementInstant().in(opening.plusMonths(m));
            monthStarts[m] = opening.plusMonths(m).atDay(1);
        }
        monthStarts[monthCount] = opening.plusMonths(monthCount).atDay(1);
    }

    MrrLedger build(Collection<Subscription> subscriptions) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        List<Subscription> sorted = new ArrayList<>(subscriptions);
        requireDistinctIds(sorted);
        sorted.sort(Comparator.comparing(Subscription::customer).thenComparing(Subscription::id));

        List<CustomerId> ids = new ArrayList<>();
        IntList firstPaid = new IntList();
        IntList offsets = new IntList();
        offsets.add(0);
        ShortLongLongRows rows = new ShortLongLongRows(sorted.size() * 4);
        List<Long> during = new ArrayList<>();
        long[] a = new long[monthCount];
        long[] b = new long[monthCount];
        boolean[] active = new boolean[monthCount];
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            CustomerId customer = sorted.get(i).customer();
            while (j < sorted.size() && sorted.get(j).customer().value().equals(customer.value())) {
                j++;
            }
            int c = ids.size();
            ids.add(customer);
            firstPaid.add(customerMonths(sorted.subList(i, j), a, b, active));
            for (int m = 0; m < monthCount; m++) {
                if (a[m] != 0) {
                    rows.add((short) m, a[m], a[m] - b[m]);
                } else if (active[m]) {
                    during.add(MrrLedger.key(c, m));
                }
            }
            offsets.add(rows.size());
            i = j;
        }
        long[] fx = rows.anyFx() ? rows.fx() : null;
        return new MrrLedger(rates.reportingCurrency(), opening, conventions, new LedgerColumns(monthCount,
                CustomerIds.of(ids), firstPaid.toArray(), offsets.toArray(), rows.months(), rows.values(), fx,
                during.stream().mapToLong(Long::longValue).toArray()));
    }

    /**
     * Checks that no two subscriptions share an id, with an open-addressing table of indices (a
     * {@code HashMap} here cost a node per subscription and most of its time in resizing).
     */
    private static void requireDistinctIds(List<Subscription> subscriptions) {
        int n = subscriptions.size();
        int size = Integer.highestOneBit(Math.max(16, n) * 2 - 1) << 1;
        int mask = size - 1;
        int[] table = new int[size];
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            Subscription s = Objects.requireNonNull(subscriptions.get(i), "subscription");
            int h = RowColumns.mix(s.id().hashCode());
            hashes[i] = h;
            int slot = h & mask;
            while (table[slot] != 0) {
                int k = table[slot] - 1;
                if (hashes[k] == h && subscriptions.get(k).id().equals(s.id())) {
                    throw new IllegalArgumentException("subscription id '" + Limits.quote(s.id()) + "' appears twice (customers "
                            + subscriptions.get(k).customer() + " and " + Limits.quote(s.customer()) + ")");
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    /**
     * Fills one customer's MRR per month at current rates ({@code a}), at the previous month's rates
     * ({@code b}), and whether the customer paid at some time in each month; returns the month
     * index of the first payment.
     */
    private int customerMonths(List<Subscription> subs, long[] a, long[] b, boolean[] active) {
        Arrays.fill(a, 0);
        Arrays.fill(b, 0);
        Arrays.fill(active, false);
        LocalDate firstDay = null;
        List<SubscriptionMrr> lines = new ArrayList<>(subs.size());
        for (Subscription s : subs) {
            SubscriptionMrr line = new SubscriptionMrr(s, conventions);
            lines.add(line);
            LocalDate first = line.firstPaidDay();
            if (first == null) {
                continue;
            }
            if (firstDay == null || first.isBefore(firstDay)) {
                firstDay = first;
            }
            boolean foreign = !line.currency().equals(rates.reportingCurrency());
            LocalDate previousRateDate = null;
            LocalDate[] windows = line.windows();
            int fromMonth = Math.max(0, monthOf(windows[0]));
            int toMonth = Math.min(monthCount - 1, monthOf(windows[windows.length - 1].minusDays(1)));
            for (int m = fromMonth; m <= toMonth; m++) {
                LocalDate d = instants[m];
                if (line.paidDuring(monthStarts[m], monthStarts[m + 1])) {
                    active[m] = true;
                }
                if (!line.paidOn(d)) {
                    previousRateDate = null;
                    continue;
                }
                if (!foreign) {
                    long own = line.mrrMinorOnPaidDay(d);
                    a[m] = Math.addExact(a[m], own);
                    b[m] = Math.addExact(b[m], own);
                    continue;
                }
                LocalDate rateDate = line.rateDate(d, conventions.fxRateConvention());
                long current = line.reportingMinorOn(d, rateDate, rates);
                long atPrevious = previousRateDate == null || previousRateDate.equals(rateDate)
                        ? current : line.reportingMinorOn(d, previousRateDate, rates);
                a[m] = Math.addExact(a[m], current);
                b[m] = Math.addExact(b[m], atPrevious);
                previousRateDate = rateDate;
            }
        }
        if (conventions.reactivationGapDays() > 0) {
            bridgeShortGaps(lines, a, b);
        }
        // A first payment after the ledger's last month is not one the ledger has seen.
        return firstDay == null || monthOf(firstDay) >= monthCount ? CustomerTimeline.NEVER_PAID : monthOf(firstDay);
    }

    /** The month index of a date, clamped to the int range for dates far outside the ledger. */
    private int monthOf(LocalDate date) {
        if (date.getYear() > 100_000 || date.getYear() < -100_000) {
            return date.getYear() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        return (int) opening.until(YearMonth.from(date), ChronoUnit.MONTHS);
    }

    /**
     * A customer whose paid activity stops and resumes within fewer than {@code reactivationGapDays}
     * days is treated as never having left: on measurement days inside such a gap the customer keeps
     * the MRR of the gap's last paid day.
     */
    private void bridgeShortGaps(List<SubscriptionMrr> lines, long[] a, long[] b) {
        List<LocalDate[]> windows = new ArrayList<>();
        for (SubscriptionMrr line : lines) {
            LocalDate[] w = line.windows();
            for (int i = 0; i < w.length; i += 2) {
                windows.add(new LocalDate[] {w[i], w[i + 1]});
            }
        }
        windows.sort(Comparator.comparing((LocalDate[] w) -> w[0]));
        LocalDate reach = null;
        for (LocalDate[] w : windows) {
            if (reach != null && w[0].isAfter(reach)
                    && ChronoUnit.DAYS.between(reach, w[0]) < conventions.reactivationGapDays()) {
                LocalDate lastPaid = reach.minusDays(1);
                for (int m = 0; m < monthCount; m++) {
                    if (!instants[m].isBefore(reach) && instants[m].isBefore(w[0]) && a[m] == 0) {
                        long kept = 0;
                        for (SubscriptionMrr line : lines) {
                            if (line.paidOn(lastPaid)) {
                                kept = Math.addExact(kept, line.reportingMinorOn(lastPaid,
                                        line.rateDate(lastPaid, conventions.fxRateConvention()), rates));
                            }
                        }
                        a[m] = kept;
                        b[m] = kept;
                    }
                }
            }
            reach = reach == null || w[1].isAfter(reach) ? w[1] : reach;
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] data = new int[16];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** Growable row columns: month index, MRR and FX part. */
    static final class ShortLongLongRows {
        private short[] months;
        private long[] values;
        private long[] fx;
        private int size;
        private boolean anyFx;

        ShortLongLongRows(int capacity) {
            int c = Math.max(16, capacity);
            months = new short[c];
            values = new long[c];
            fx = new long[c];
        }

        void add(short month, long value, long fxPart) {
            if (size == months.length) {
                int c = size * 2;
                months = Arrays.copyOf(months, c);
                values = Arrays.copyOf(values, c);
                fx = Arrays.copyOf(fx, c);
            }
            months[size] = month;
            values[size] = value;
            fx[size] = fxPart;
            anyFx |= fxPart != 0;
            size++;
        }

        int size() {
            return size;
        }

        boolean anyFx() {
            return anyFx;
        }

        short[] months() {
            return Arrays.copyOf(months, size);
        }

        long[] values() {
            return Arrays.copyOf(values, size);
        }

        long[] fx() {
            return Arrays.copyOf(fx, size);
        }
    }
}
