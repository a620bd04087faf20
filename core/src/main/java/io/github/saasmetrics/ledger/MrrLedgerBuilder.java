package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects rows of (customer, month, MRR) into an {@link MrrLedger}.
 *
 * <p>Rows may come in any order; the ledger is the same for every order. Rows for the same customer
 * and month add up, as a customer's subscriptions do. Zero rows register the customer without MRR.
 * Negative MRR, another currency, or a month outside explicitly set months is rejected, naming the
 * customer and month.
 *
 * <p>Unless {@link #months(YearMonth, YearMonth)} sets them, the ledger's months run from one month
 * before the earliest row (the opening month, with no MRR) to the latest row, so every row's month
 * has a bridge and each customer's first row is new business. When the rows are a window of a
 * longer history, set the months so that the first one is the opening position, and give customers'
 * earlier first payments with {@link #firstPaid(CustomerId, YearMonth)} so that returning customers
 * are reactivations.
 *
 * <p>Builders are not thread-safe; build one per thread and merge the rows, or build once.
 */
public final class MrrLedgerBuilder {

    private final Currency currency;
    private final Map<CustomerId, Integer> index = new HashMap<>();
    private CustomerId[] ids = new CustomerId[64];
    private int[] customers = new int[1024];
    private int[] months = new int[1024];
    private long[] values = new long[1024];
    private int size;
    private final Map<Integer, Integer> firstPaidHints = new HashMap<>();
    private long[] during = new long[16];
    private int duringSize;
    private YearMonth first;
    private YearMonth last;
    private MrrConventions conventions = MrrConventions.defaults();
    private MovementConventions movementConventions = MovementConventions.defaults();

    MrrLedgerBuilder(Currency currency) {
        this.currency = currency;
    }

    private int intern(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        Integer i = index.get(customer);
        if (i == null) {
            i = index.size();
            index.put(customer, i);
            if (i == ids.length) {
                ids = Arrays.copyOf(ids, i * 2);
            }
            ids[i] = customer;
        }
        return i;
    }

    private static int epochMonth(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static YearMonth ofEpochMonth(int epochMonth) {
        return YearMonth.of(Math.floorDiv(epochMonth, 12), Math.floorMod(epochMonth, 12) + 1);
    }

    /**
     * Adds a customer's MRR in a month.
     *
     * @param customer the customer, not null
     * @param month the month, not null
     * @param mrr the MRR, in the ledger's currency, zero or more
     * @return this builder
     * @throws CurrencyMismatchException if the amount is in another currency
     * @throws IllegalArgumentException if the amount is negative
     */
    public MrrLedgerBuilder add(CustomerId customer, YearMonth month, Money mrr) {
        Objects.requireNonNull(mrr, "mrr");
        if (!mrr.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, mrr.currency(), "customer " + customer + ", month " + month);
        }
        return add(customer, month, mrr.minorUnits());
    }

    /**
     * Adds a customer's MRR in a month, from text.
     *
     * @param customer the customer identifier, not blank
     * @param month the month such as {@code "2024-03"}, not null
     * @param mrr the MRR such as {@code "USD 99.00"}, not null
     * @return this builder
     */
    public MrrLedgerBuilder add(String customer, String month, String mrr) {
        return add(CustomerId.of(customer), YearMonth.parse(month), Money.parse(mrr));
    }

    /**
     * Adds a customer's MRR in a month in minor units of the ledger's currency.
     *
     * @param customer the customer, not null
     * @param month the month, not null
     * @param mrrMinor the MRR in minor units, zero or more
     * @return this builder
     * @throws IllegalArgumentException if the amount is negative
     */
    public MrrLedgerBuilder add(CustomerId customer, YearMonth month, long mrrMinor) {
        Objects.requireNonNull(month, "month");
        if (mrrMinor < 0) {
            throw new IllegalArgumentException("MRR of customer " + customer + " in " + month
                    + " must not be negative but was " + Money.ofMinor(currency, mrrMinor));
        }
        int c = intern(customer);
        if (size == months.length) {
            int n = size * 2;
            customers = Arrays.copyOf(customers, n);
            months = Arrays.copyOf(months, n);
            values = Arrays.copyOf(values, n);
        }
        customers[size] = c;
        months[size] = epochMonth(month);
        values[size] = mrrMinor;
        size++;
        return this;
    }

    /**
     * Records that a customer paid at some time in a month without having MRR at its measurement
     * instant (joined and left inside the month).
     *
     * @param customer the customer, not null
     * @param month the month, not null; the customer must have no MRR in it (checked by {@link #build()})
     * @return this builder
     */
    public MrrLedgerBuilder activeDuring(CustomerId customer, YearMonth month) {
        int c = intern(customer);
        if (duringSize == during.length) {
            during = Arrays.copyOf(during, duringSize * 2);
        }
        during[duringSize++] = ((long) c << 32) | (epochMonth(Objects.requireNonNull(month, "month")) & 0xFFFFFFFFL);
        return this;
    }

    /**
     * Gives the month of a customer's first payment, when it precedes the rows.
     *
     * @param customer the customer, not null
     * @param month the month of the first payment ever, not null; not after the customer's first row
     * @return this builder
     */
    public MrrLedgerBuilder firstPaid(CustomerId customer, YearMonth month) {
        firstPaidHints.put(intern(customer), epochMonth(Objects.requireNonNull(month, "month")));
        return this;
    }

    /**
     * Sets the ledger's months explicitly; the first is the opening month.
     *
     * @param firstMonth the opening month, not null
     * @param lastMonth the last month, not null, not before {@code firstMonth}
     * @return this builder
     * @throws IllegalArgumentException if {@code lastMonth} is before {@code firstMonth}
     */
    public MrrLedgerBuilder months(YearMonth firstMonth, YearMonth lastMonth) {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("lastMonth " + lastMonth + " is before firstMonth " + firstMonth);
        }
        this.first = firstMonth;
        this.last = lastMonth;
        return this;
    }

    /**
     * Sets the movement conventions metrics read from the ledger unless told otherwise (default
     * {@link MovementConventions#defaults()}).
     *
     * @param conventions the conventions, not null
     * @return this builder
     */
    public MrrLedgerBuilder movementConventions(MovementConventions conventions) {
        this.movementConventions = Objects.requireNonNull(conventions, "conventions");
        return this;
    }

    /**
     * Records the MRR conventions the rows were measured under (default {@link MrrConventions#defaults()});
     * {@link MrrLedger#conventions()} reports them.
     *
     * @param conventions the conventions, not null
     * @return this builder
     */
    public MrrLedgerBuilder conventions(MrrConventions conventions) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        return this;
    }

    /**
     * Builds the ledger.
     *
     * @return the ledger, not null
     * @throws IllegalStateException if there are no rows and no months were set
     * @throws IllegalArgumentException if a row lies outside the months set, or a first payment is
     *     later than the customer's first MRR
     */
    public MrrLedger build() {
        int lo;
        int hi;
        if (first != null) {
            lo = epochMonth(first);
            hi = epochMonth(last);
        } else {
            if (size == 0 && duringSize == 0) {
                throw new IllegalStateException("an MRR ledger needs rows or explicit months, but had neither");
            }
            lo = Integer.MAX_VALUE;
            hi = Integer.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                lo = Math.min(lo, months[i]);
                hi = Math.max(hi, months[i]);
            }
            for (int i = 0; i < duringSize; i++) {
                lo = Math.min(lo, (int) during[i]);
                hi = Math.max(hi, (int) during[i]);
            }
            lo--;
        }
        int monthCount = hi - lo + 1;
        if (monthCount > Short.MAX_VALUE) {
            throw new IllegalArgumentException("a ledger spans at most " + Short.MAX_VALUE + " months but these rows span "
                    + monthCount);
        }
        for (int i = 0; i < size; i++) {
            if (months[i] < lo || months[i] > hi) {
                throw outside(ids[customers[i]], months[i], lo, hi);
            }
        }
        for (int i = 0; i < duringSize; i++) {
            if ((int) during[i] < lo || (int) during[i] > hi) {
                throw outside(ids[(int) (during[i] >>> 32)], (int) during[i], lo, hi);
            }
        }

        // Number customers by identifier, so that input order cannot change the result.
        int n = index.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> ids[x].compareTo(ids[y]));
        int[] rank = new int[n];
        CustomerId[] sortedIds = new CustomerId[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
            sortedIds[r] = ids[order[r]];
        }

        // Counting sort by customer rank, then each customer's few rows by month.
        int[] offsets = new int[n + 1];
        for (int i = 0; i < size; i++) {
            offsets[rank[customers[i]] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] cursor = Arrays.copyOf(offsets, n);
        int[] m = new int[size];
        long[] v = new long[size];
        for (int i = 0; i < size; i++) {
            int at = cursor[rank[customers[i]]]++;
            m[at] = months[i] - lo;
            v[at] = values[i];
        }
        short[] outMonths = new short[size];
        long[] outValues = new long[size];
        int[] outOffsets = new int[n + 1];
        int[] firstPaid = new int[n];
        int out = 0;
        for (int c = 0; c < n; c++) {
            int from = offsets[c];
            int to = offsets[c + 1];
            sortByMonth(m, v, from, to);
            int firstRow = MrrLedger.NEVER_PAID;
            for (int i = from; i < to; ) {
                int month = m[i];
                long sum = 0;
                for (; i < to && m[i] == month; i++) {
                    sum = Math.addExact(sum, v[i]);
                }
                if (sum != 0) {
                    outMonths[out] = (short) month;
                    outValues[out] = sum;
                    out++;
                    firstRow = Math.min(firstRow, month);
                }
            }
            outOffsets[c + 1] = out;
            firstPaid[c] = firstRow;
        }
        long[] duringKeys = new long[duringSize];
        for (int i = 0; i < duringSize; i++) {
            int c = rank[(int) (during[i] >>> 32)];
            int month = (int) during[i] - lo;
            duringKeys[i] = MrrLedger.key(c, month);
            firstPaid[c] = Math.min(firstPaid[c], month);
        }
        Arrays.sort(duringKeys);
        duringKeys = Arrays.stream(duringKeys).distinct().toArray();
        for (long key : duringKeys) {
            int c = (int) (key >>> 32);
            int month = (int) key;
            for (int r = outOffsets[c]; r < outOffsets[c + 1]; r++) {
                if (outMonths[r] == month) {
                    throw new IllegalArgumentException("customer " + sortedIds[c] + " has MRR in "
                            + ofEpochMonth(month + lo) + ", so it cannot also be marked as active during that month only");
                }
            }
        }
        for (Map.Entry<Integer, Integer> hint : firstPaidHints.entrySet()) {
            int c = rank[hint.getKey()];
            int month = hint.getValue() - lo;
            if (month >= monthCount) {
                throw new IllegalArgumentException("first payment of customer " + sortedIds[c] + " in "
                        + ofEpochMonth(hint.getValue()) + " is after the ledger's last month " + ofEpochMonth(hi));
            }
            if (firstPaid[c] != MrrLedger.NEVER_PAID && month > firstPaid[c]) {
                throw new IllegalArgumentException("first payment of customer " + sortedIds[c] + " in "
                        + ofEpochMonth(hint.getValue()) + " is after its first MRR in " + ofEpochMonth(firstPaid[c] + lo));
            }
            firstPaid[c] = month;
        }
        return new MrrLedger(currency, ofEpochMonth(lo), monthCount, conventions, sortedIds, firstPaid, outOffsets,
                Arrays.copyOf(outMonths, out), Arrays.copyOf(outValues, out), null, duringKeys)
                .withMovementConventions(movementConventions);
    }

    private static IllegalArgumentException outside(CustomerId customer, int month, int lo, int hi) {
        return new IllegalArgumentException("row of customer " + customer + " in " + ofEpochMonth(month)
                + " is outside the ledger's months " + ofEpochMonth(lo) + ".." + ofEpochMonth(hi));
    }

    /** Insertion sort: a customer has few rows, usually already in order. */
    private static void sortByMonth(int[] m, long[] v, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int km = m[i];
            long kv = v[i];
            int j = i - 1;
            while (j >= from && m[j] > km) {
                m[j + 1] = m[j];
                v[j + 1] = v[j];
                j--;
            }
            m[j + 1] = km;
            v[j + 1] = kv;
        }
    }
}
