package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * MRR per customer per month, in one reporting currency: the input of every revenue metric.
 *
 * <p>A ledger covers a run of consecutive months. Its first month is the <em>opening</em> month:
 * its MRR is the starting position, and movements are measured from it, so
 * {@code MrrMovements.monthly} yields a bridge for every month after it. {@link #fromSubscriptions}
 * adds the month before the requested period as the opening month, so that every month of the
 * period has a bridge; {@link #builder(Currency)} starts, unless told otherwise, one month before
 * the earliest row, with no MRR in it, so that every row's month has a bridge.
 *
 * <p>Besides MRR, the ledger keeps for each customer the month of the first payment ever (which
 * may precede the ledger: a customer who paid before and returns is a reactivation, not new
 * business), and the months in which the customer paid at some time but had no MRR at the
 * measurement instant (joined and left inside the month), so that retention metrics can count or
 * exclude them.
 *
 * <p><b>Layout.</b> Customers are sorted by identifier and numbered {@code 0..n−1}. Rows with
 * non-zero MRR are stored sorted by (customer, month) in primitive arrays: a {@code short} month
 * index and a {@code long} amount per row, plus one {@code int} offset per customer, about 10 bytes
 * per customer-month; an FX column is added only when some change comes from exchange rates.
 * Identifiers are kept as one block of characters with a start per customer, a
 * {@link CustomerId} being made when asked for: about 12 bytes per customer-month in all.
 * A month without a row has zero MRR. One package-private record owns the layout and checks it
 * whichever way the ledger was built (rows, subscriptions, a filter). It is private: metrics read it through
 * {@link #fold(LedgerFold)}, which hands each customer's {@link CustomerTimeline} to a
 * {@link LedgerFold} in one sequential pass (see the package documentation), and people through
 * {@link #mrr(CustomerId, YearMonth)}, {@link #total(YearMonth)} and {@link #snapshot(YearMonth)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MrrLedger {

    private final Currency currency;
    private final YearMonth firstMonth;
    private final int monthCount;
    private final MrrConventions conventions;
    /** The layout; the fields below are its arrays, read into fields for the hot paths. */
    private final LedgerColumns columns;
    private final CustomerIds customers;
    private final int[] firstPaid;
    private final int[] offsets;
    private final short[] months;
    private final long[] mrr;
    private final long[] fx;
    private final long[] paidBetween;
    private final MovementConventions movementConventions;
    /** {@link #largestMrr()} in minor units, or −1 until first asked (computed once; a race computes the same twice). */
    private volatile long largestMrr = -1;

    MrrLedger(Currency currency, YearMonth firstMonth, MrrConventions conventions, LedgerColumns columns) {
        this(currency, firstMonth, conventions, columns, MovementConventions.defaults(), -1);
    }

    private MrrLedger(Currency currency, YearMonth firstMonth, MrrConventions conventions, LedgerColumns columns,
            MovementConventions movementConventions, long largestMrr) {
        this.currency = currency;
        this.firstMonth = firstMonth;
        this.conventions = conventions;
        this.columns = columns;
        this.monthCount = columns.monthCount();
        this.customers = columns.customers();
        this.firstPaid = columns.firstPaid();
        this.offsets = columns.offsets();
        this.months = columns.months();
        this.mrr = columns.mrr();
        this.fx = columns.fx();
        this.paidBetween = columns.paidBetween();
        this.movementConventions = movementConventions;
        this.largestMrr = largestMrr;
    }

    /**
     * Starts a ledger from rows of (customer, month, MRR) in one currency.
     *
     * @param currency the currency of every row, not null
     * @return a new builder, not null
     */
    public static MrrLedgerBuilder builder(Currency currency) {
        return new MrrLedgerBuilder(Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Builds a ledger from subscriptions in the reporting currency.
     *
     * @param subscriptions the subscriptions, not null; every one in {@code currency}
     * @param period the months to report, not null; the ledger also holds the month before, as opening month
     * @param conventions the conventions, not null
     * @param currency the reporting currency, not null
     * @return the ledger, not null
     * @throws IllegalArgumentException if a subscription is invalid, duplicated or in another currency, or the
     *     period is not whole months or spans more than 32 766 months ({@link Limits#MAX_LEDGER_MONTHS} with the
     *     opening month; checked before any month is listed)
     * @throws ArithmeticException if a subscription's MRR does not fit in a long of minor units (naming it)
     */
    public static MrrLedger fromSubscriptions(Collection<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, Currency currency) {
        return fromSubscriptions(subscriptions, period, conventions, ExchangeRates.none(currency));
    }

    /**
     * Builds a ledger from subscriptions in any currencies, converted with exchange rates.
     *
     * <p>See {@link MrrConventions} for how each subscription's MRR is measured, and
     * {@link io.github.saasmetrics.subscription.FxRateConvention} for which rate applies. Rate
     * changes go to the FX column, never into expansion or contraction.
     *
     * @param subscriptions the subscriptions, not null
     * @param period the months to report, not null; must be whole months
     * @param conventions the conventions, not null
     * @param rates rates into the reporting currency, not null
     * @return the ledger, not null
     * @throws IllegalArgumentException if a subscription is duplicated, a rate is missing (naming the
     *     subscription, currency and date), or the period is not whole months or spans more than 32 766 months
     *     ({@link Limits#MAX_LEDGER_MONTHS} with the opening month; checked before any month is listed)
     * @throws ArithmeticException if a subscription's MRR, or its conversion, does not fit in a long of minor units
     *     (naming the subscription)
     */
    public static MrrLedger fromSubscriptions(Collection<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, ExchangeRates rates) {
        return new SubscriptionLedgerFactory(period, conventions, rates).build(subscriptions);
    }

    /**
     * The reporting currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The conventions under which MRR was measured when the ledger was built.
     *
     * @return the conventions, not null
     */
    public MrrConventions conventions() {
        return conventions;
    }

    /**
     * The conventions by which metrics classify and count MRR changes unless told otherwise:
     * {@link MovementConventions#defaults()} unless set with {@link #withMovementConventions}.
     *
     * @return the conventions, not null
     */
    public MovementConventions movementConventions() {
        return movementConventions;
    }

    /**
     * The same ledger (sharing its storage) with other movement conventions, such as a vendor's:
     * {@code ledger.withMovementConventions(MovementConventions.chartMogul())}.
     *
     * @param value the conventions, not null
     * @return the ledger, not null
     */
    public MrrLedger withMovementConventions(MovementConventions value) {
        Objects.requireNonNull(value, "value");
        return value.equals(movementConventions) ? this
                : new MrrLedger(currency, firstMonth, conventions, columns, value, largestMrr);
    }

    /**
     * The opening month.
     *
     * @return the first month, not null
     */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /**
     * The last month.
     *
     * @return the last month, not null
     */
    public YearMonth lastMonth() {
        return firstMonth.plusMonths(monthCount - 1L);
    }

    /**
     * The months, opening month first.
     *
     * @return the months, not null, unmodifiable
     */
    public List<YearMonth> months() {
        return period().months();
    }

    /**
     * The months as a reporting period, opening month included.
     *
     * @return the period, not null
     */
    public ReportingPeriod period() {
        return ReportingPeriod.months(firstMonth, lastMonth());
    }

    /**
     * The number of months.
     *
     * @return at least 1
     */
    public int monthCount() {
        return monthCount;
    }

    /**
     * The index of a month.
     *
     * @param month the month, not null
     * @return its index, 0 for the opening month
     * @throws IllegalArgumentException if the month is outside the ledger
     */
    public int monthIndex(YearMonth month) {
        Objects.requireNonNull(month, "month");
        long index = firstMonth.until(month, java.time.temporal.ChronoUnit.MONTHS);
        if (index < 0 || index >= monthCount) {
            throw new IllegalArgumentException("month " + month + " is outside the ledger's months " + firstMonth
                    + ".." + lastMonth());
        }
        return (int) index;
    }

    /**
     * The months of a reporting period that this ledger can measure: whole months after the opening
     * month and up to the last month, so that the period's start (the end of the month before it)
     * and its end are both in the ledger. Anything else would give a silently partial answer.
     *
     * @param period the period, not null
     * @return the month indices, not null
     * @throws IllegalArgumentException if the period is not whole months inside those months (the
     *     message names the period and the months the ledger can measure)
     */
    public MonthRange monthRange(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        YearMonth firstMeasurable = firstMonth.plusMonths(1);
        if (!period.wholeMonths() || period.firstMonth().isBefore(firstMeasurable)
                || period.lastMonth().isAfter(lastMonth())) {
            throw new IllegalArgumentException("period " + period + " must be whole months within " + firstMeasurable
                    + ".." + lastMonth() + ", the months this ledger can bridge (" + firstMonth
                    + " is its opening month)");
        }
        return new MonthRange(monthIndex(period.firstMonth()), monthIndex(period.lastMonth()));
    }

    /**
     * The month at an index.
     *
     * @param index the index, 0 to {@code monthCount() − 1}
     * @return the month, not null
     */
    public YearMonth month(int index) {
        Objects.checkIndex(index, monthCount);
        return firstMonth.plusMonths(index);
    }

    /**
     * The customers, sorted by identifier.
     *
     * @return the customers, not null, unmodifiable
     */
    public List<CustomerId> customers() {
        return customers.asList();
    }

    /**
     * The number of customers.
     *
     * @return zero or more
     */
    public int customerCount() {
        return customers.size();
    }

    /**
     * The customer with an index.
     *
     * @param index the index, 0 to {@code customerCount() − 1}
     * @return the customer, not null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public CustomerId customer(int index) {
        return customers.get(index);
    }

    /**
     * The index of a customer.
     *
     * @param customer the customer, not null
     * @return the index, or a negative number if the customer is not in the ledger
     */
    public int customerIndex(CustomerId customer) {
        return customers.indexOf(Objects.requireNonNull(customer, "customer"));
    }

    /**
     * The number of stored rows (customer-months with non-zero MRR).
     *
     * @return zero or more
     */
    public int rowCount() {
        return offsets[customers.size()];
    }

    /**
     * The part of a row's MRR change since the previous month that comes from exchange rates, in
     * minor units: the row's MRR minus what it would be at the previous month's rates.
     *
     * @param row the row index
     * @return the FX part, 0 in a single-currency ledger
     */
    long rowFx(int row) {
        return fx == null ? 0 : fx[row];
    }

    /**
     * Whether any row has an FX part.
     *
     * @return true if exchange-rate changes moved MRR
     */
    public boolean hasFx() {
        return fx != null;
    }

    static long key(int customer, int monthIndex) {
        return ((long) customer << 32) | (monthIndex & 0xFFFFFFFFL);
    }

    /**
     * The MRR of a customer in a month.
     *
     * @param customer the customer, not null
     * @param month the month, not null
     * @return the MRR, zero if the customer had none or is unknown; not null
     * @throws IllegalArgumentException if the month is outside the ledger
     */
    public Money mrr(CustomerId customer, YearMonth month) {
        int m = monthIndex(month);
        int c = customerIndex(customer);
        return Money.ofMinor(currency, c < 0 ? 0 : mrrMinor(c, m));
    }

    /**
     * The MRR of a customer in a month, in minor units.
     *
     * @param customer the customer index
     * @param monthIndex the month index
     * @return the MRR, zero if none
     */
    long mrrMinor(int customer, int monthIndex) {
        int from = offsets[customer];
        int to = offsets[customer + 1];
        for (int r = from; r < to; r++) {
            if (months[r] == monthIndex) {
                return mrr[r];
            }
            if (months[r] > monthIndex) {
                break;
            }
        }
        return 0;
    }

    /**
     * The month of a customer's first payment ever.
     *
     * @param customer the customer, not null
     * @return the month, empty if the customer never paid or is unknown
     */
    public Optional<YearMonth> firstPaidMonth(CustomerId customer) {
        int c = customerIndex(customer);
        if (c < 0 || firstPaid[c] == CustomerTimeline.NEVER_PAID) {
            return Optional.empty();
        }
        return Optional.of(firstMonth.plusMonths(firstPaid[c]));
    }

    /**
     * The total MRR in a month.
     *
     * @param month the month, not null
     * @return the sum over customers, not null
     * @throws IllegalArgumentException if the month is outside the ledger
     * @throws ArithmeticException if the sum does not fit in a long of minor units (the message names the
     *     month, the currency and the customer at which it overflowed)
     */
    public Money total(YearMonth month) {
        int m = monthIndex(month);
        long sum = 0;
        int c = 0;
        for (int r = 0; r < offsets[customers.size()]; r++) {
            if (months[r] == m) {
                try {
                    sum = Math.addExact(sum, mrr[r]);
                } catch (ArithmeticException e) {
                    while (offsets[c + 1] <= r) {
                        c++;
                    }
                    throw Limits.overflow("total MRR of " + month + " in minor units of " + currency.getCurrencyCode()
                            + " (at customer " + Limits.quote(customers.get(c)) + ")", e);
                }
            }
        }
        return Money.ofMinor(currency, sum);
    }

    /**
     * The largest MRR of any customer at any month-end. A fold of per-month sums can use it to know
     * in advance that no sum overflows: {@code n} customers adding at most one MRR each to a sum
     * add at most {@code n × largestMrr()}.
     *
     * <p>Example: a ledger whose rows are USD 10.00, USD 12.00 and USD 5.00 gives {@code USD 12.00}.
     *
     * @return the largest MRR, zero in a ledger without rows; not null
     */
    public Money largestMrr() {
        long largest = largestMrr;
        if (largest < 0) {
            largest = 0;
            for (int r = 0, rows = rowCount(); r < rows; r++) {
                largest = Math.max(largest, mrr[r]);
            }
            largestMrr = largest;
        }
        return Money.ofMinor(currency, largest);
    }

    /**
     * Every customer's MRR in one month.
     *
     * @param month the month, not null
     * @return the snapshot of customers with non-zero MRR, not null
     * @throws IllegalArgumentException if the month is outside the ledger
     */
    public MrrSnapshot snapshot(YearMonth month) {
        int m = monthIndex(month);
        java.util.TreeMap<CustomerId, Money> map = new java.util.TreeMap<>();
        for (int c = 0; c < customers.size(); c++) {
            long v = mrrMinor(c, m);
            if (v != 0) {
                map.put(customers.get(c), Money.ofMinor(currency, v));
            }
        }
        return new MrrSnapshot(month, currency, map);
    }

    /**
     * The ledger of the customers that pass a filter, such as one segment.
     *
     * <p>Example: {@code ledger.filter(id -> plans.get(id).equals("pro"))}.
     *
     * @param keep the filter, not null
     * @return a new ledger with the same months, currency and conventions, not null
     */
    public MrrLedger filter(Predicate<CustomerId> keep) {
        Objects.requireNonNull(keep, "keep");
        int count = customers.size();
        int[] kept = new int[count];
        int n = 0;
        for (int c = 0; c < count; c++) {
            if (keep.test(customers.get(c))) {
                kept[n++] = c;
            }
        }
        return new MrrLedger(currency, firstMonth, conventions, columns.select(kept, n))
                .withMovementConventions(movementConventions);
    }

    /**
     * Computes a metric in one pass over the customers, on the calling thread.
     *
     * <p>Example: {@code ledger.fold(MrrMovements.monthlyFold())} is the monthly MRR bridge.
     *
     * @param <R> the result type
     * @param fold the metric, not null
     * @return the fold's result, not null
     */
    public <R> R fold(LedgerFold<?, R> fold) {
        return FoldEngine.fold(this, fold);
    }

    /**
     * Computes a metric over consecutive slices of customers on an executor, merging the slices in
     * customer order: the result equals {@link #fold(LedgerFold)}, bit for bit, for any number of
     * slices when the fold's merge is exact (as every fold of this library's is).
     *
     * <p>No thread is started here: all slices but the last run on {@code executor}, the last on
     * the calling thread. Example: {@code ledger.fold(fold, 4, ForkJoinPool.commonPool())}.
     *
     * @param <R> the result type
     * @param fold the metric, not null
     * @param slices the number of slices wanted, at least 1 (fewer when there are fewer customers)
     * @param executor runs the slices, not null
     * @return the fold's result, not null
     * @throws IllegalArgumentException if {@code slices} is less than 1
     */
    public <R> R fold(LedgerFold<?, R> fold, int slices, java.util.concurrent.Executor executor) {
        return FoldEngine.fold(this, fold, slices, executor);
    }

    /** The layout, for the fold engine. */
    LedgerColumns columns() {
        return columns;
    }

    /**
     * Whether another ledger holds the same: currency, months, MRR and movement conventions,
     * customers, and for each customer the same first payment, rows (month, MRR and FX part; a
     * ledger without an FX column has FX parts of zero) and active-during months. Ledgers built
     * from the same rows in any order, through any builder entry point, sequentially or in
     * parallel, are equal; a {@link #filter filtered} ledger equals a ledger built from its
     * customers' rows.
     *
     * @param o the other object, may be null
     * @return true if both are ledgers with the same content
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MrrLedger other)) {
            return false;
        }
        if (!currency.equals(other.currency) || !firstMonth.equals(other.firstMonth) || monthCount != other.monthCount
                || !conventions.equals(other.conventions) || !movementConventions.equals(other.movementConventions)
                || !Arrays.equals(firstPaid, other.firstPaid)
                || !Arrays.equals(paidBetween, other.paidBetween) || !customers.equals(other.customers)) {
            return false;
        }
        int rows = offsets[customers.size()];
        if (!Arrays.equals(offsets, 0, customers.size() + 1, other.offsets, 0, customers.size() + 1)
                || !Arrays.equals(months, 0, rows, other.months, 0, rows)
                || !Arrays.equals(mrr, 0, rows, other.mrr, 0, rows)) {
            return false;
        }
        for (int r = 0; r < rows; r++) {
            if (rowFx(r) != other.rowFx(r)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of the same content {@link #equals(Object)} compares.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        int h = Objects.hash(currency, firstMonth, monthCount, conventions, customers);
        h = 31 * h + Arrays.hashCode(firstPaid);
        for (int r = 0, end = offsets[customers.size()]; r < end; r++) {
            h = 31 * h + months[r];
            h = 31 * h + Long.hashCode(mrr[r]);
        }
        return h;
    }

    /**
     * A one-line summary such as {@code MrrLedger[USD, 2024-01..2024-12, 120 customers, 1300 rows]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "MrrLedger[" + currency.getCurrencyCode() + ", " + firstMonth + ".." + lastMonth() + ", "
                + Figures.grouped(customers.size()) + " customers, " + Figures.grouped(rowCount()) + " rows]";
    }
}
