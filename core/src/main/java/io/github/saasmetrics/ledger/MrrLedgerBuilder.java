package io.github.saasmetrics.ledger;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.EpochMonths;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Collects rows of (customer, month, MRR) into an {@link MrrLedger}.
 *
 * <p><b>Rows.</b> Rows may come in any order, one at a time ({@code add}) or as columns
 * ({@code addAll}); the ledger is the same for every order and every entry point. A customer is
 * an identifier ({@link CustomerId} or its text) or a numeric key, which stands for the identifier
 * written in decimal ({@code 42} is customer {@code "42"}, so the two kinds may be mixed). A month
 * is a {@link YearMonth} or an <em>epoch month</em>: months since January of year 0,
 * {@code year × 12 + month − 1} (2024-03 is 24 290; see {@link #epochMonth(YearMonth)}). MRR is in
 * minor units of the builder's currency, zero or more. Zero rows register the customer without
 * MRR.
 *
 * <p><b>Duplicates.</b> Rows for the same customer and month add up, as a customer's
 * subscriptions do ({@link DuplicateRows#SUM}, the default); {@link #duplicates(DuplicateRows)
 * duplicates(DuplicateRows.REJECT)} makes {@link #build()} fail instead, naming the customer and
 * month. Sums are exact: one past {@code Long.MAX_VALUE} minor units is an
 * {@link ArithmeticException} naming the customer and month.
 *
 * <p><b>Months.</b> Unless {@link #months(YearMonth, YearMonth)} sets them, the ledger's months
 * run from one month before the earliest row (the opening month, with no MRR) to the latest row,
 * so every row's month has a bridge and each customer's first row is new business. When the rows
 * are a window of a longer history, set the months so that the first one is the opening position,
 * and give customers' earlier first payments with {@link #firstPaid(CustomerId, YearMonth)} so
 * that returning customers are reactivations. Months must lie in 0000-01..9999-12, and a
 * ledger spans at most 32 767 months, because it stores month indices as {@code short}.
 *
 * <p><b>Bad input</b> is rejected when it is added, naming the row (its customer and month) and
 * what is wrong: a null or blank customer, a null month, a month outside the supported range or
 * outside months already set, negative MRR, another currency, a malformed month or amount text.
 * An {@code addAll} checks every row before it adds any, so a call either adds all its rows or
 * none, and after any exception the builder holds exactly the rows it held before and stays
 * usable. {@link #build()} does not change the builder either: it may be called again (after a
 * failed build, for example with other months or another duplicate rule).
 *
 * <p><b>Speed.</b> Adding a row only appends to columns; customers are numbered and rows sorted
 * when the ledger is built, by hash-partitioned interning and counting sorts that read memory in
 * order, so random row order costs little more than sorted input. Columns ({@code addAll}) are
 * the fastest way in; {@link #build(int, Executor)} builds partitions of the customers on the caller's
 * executor and merges them into the same ledger.
 *
 * <p>Builders are not thread-safe; fill one per thread and merge the rows, or build in parallel
 * with {@link #build(int, Executor)}.
 */
public final class MrrLedgerBuilder {

    /** The months a builder accepts, as text for messages. */
    static final String SUPPORTED_MONTHS = "0000-01..9999-12";
    /** The first supported month, as an epoch month. */
    private static final int MIN_EPOCH_MONTH = 0;
    /** The last supported month, as an epoch month. */
    private static final int MAX_EPOCH_MONTH = 9999 * 12 + 11;

    private final Currency currency;
    private final RowColumns text = RowColumns.text(1024);
    private final RowColumns numeric = RowColumns.numeric(16);
    private final List<String> duringCustomers = new ArrayList<>();
    private int[] duringMonths = new int[16];
    private final Map<String, Integer> firstPaidHints = new LinkedHashMap<>();
    private YearMonth first;
    private YearMonth last;
    private MrrConventions conventions = MrrConventions.defaults();
    private MovementConventions movementConventions = MovementConventions.defaults();
    private DuplicateRows duplicates = DuplicateRows.SUM;

    MrrLedgerBuilder(Currency currency) {
        this.currency = currency;
    }

    /**
     * The epoch month of a month: months since January of year 0, {@code year × 12 + month − 1}.
     * Example: 2024-03 is {@code 2024 × 12 + 2 = 24 290}.
     *
     * @param month the month, not null, in 0000-01..9999-12
     * @return the epoch month, 0 to 119 999
     * @throws IllegalArgumentException if the month is outside 0000-01..9999-12
     */
    public static int epochMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (month.getYear() < 0 || month.getYear() > 9999) {
            throw new IllegalArgumentException("month " + month + " is outside the supported months " + SUPPORTED_MONTHS);
        }
        return (int) EpochMonths.indexOf(month);
    }

    /**
     * The month of an epoch month.
     *
     * @param epochMonth months since January of year 0, 0 to 119 999
     * @return the month, not null
     * @throws IllegalArgumentException if the epoch month is outside 0000-01..9999-12
     */
    public static YearMonth ofEpochMonth(int epochMonth) {
        if (epochMonth < MIN_EPOCH_MONTH || epochMonth > MAX_EPOCH_MONTH) {
            throw new IllegalArgumentException("epoch month " + epochMonth + " is outside 0.." + MAX_EPOCH_MONTH
                    + ", the supported months " + SUPPORTED_MONTHS);
        }
        return month(epochMonth);
    }

    private static YearMonth month(int epochMonth) {
        return EpochMonths.month(epochMonth);
    }

    /**
     * Adds a customer's MRR in a month. Rows for the same customer and month add up unless
     * {@link #duplicates(DuplicateRows)} says otherwise.
     *
     * @param customer the customer, not null
     * @param month the month, not null, in 0000-01..9999-12 and in the months set, if any
     * @param mrr the MRR, in the ledger's currency, zero or more
     * @return this builder
     * @throws CurrencyMismatchException if the amount is in another currency
     * @throws IllegalArgumentException if the amount is negative or the month unsupported (the
     *     message names the customer and month)
     */
    public MrrLedgerBuilder add(CustomerId customer, YearMonth month, Money mrr) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(mrr, "mrr");
        if (!mrr.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, mrr.currency(), "customer " + Limits.quote(customer) + ", month " + month);
        }
        return add(customer, month, mrr.minorUnits());
    }

    /**
     * Adds a customer's MRR in a month, from text. Rows for the same customer and month add up
     * unless {@link #duplicates(DuplicateRows)} says otherwise.
     *
     * @param customer the customer identifier, not null, not blank
     * @param month the month such as {@code "2024-03"}, not null
     * @param mrr the MRR such as {@code "USD 99.00"}, not null, in the ledger's currency, zero or more
     * @return this builder
     * @throws IllegalArgumentException if the customer is blank, or the month or amount is malformed,
     *     unsupported or negative (the message names the argument, the customer and the text)
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    public MrrLedgerBuilder add(String customer, String month, String mrr) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(mrr, "mrr");
        if (customer.isBlank()) {
            throw new IllegalArgumentException("customer must not be blank but was '" + Limits.quote(customer) + "' (month '" + month
                    + "', mrr '" + Limits.quote(mrr) + "')");
        }
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month of customer " + Limits.quote(customer)
                    + " must be a year and month such as 2024-03 but was '" + Limits.quote(month) + "'", e);
        }
        Money amount;
        try {
            amount = Money.parse(mrr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mrr of customer " + Limits.quote(customer) + " in " + m
                    + " must be an amount such as 'USD 99.00' but was '" + Limits.quote(mrr) + "': " + e.getMessage(), e);
        }
        return add(CustomerId.of(customer), m, amount);
    }

    /**
     * Adds a customer's MRR in a month in minor units of the ledger's currency. Rows for the same
     * customer and month add up unless {@link #duplicates(DuplicateRows)} says otherwise.
     *
     * @param customer the customer, not null
     * @param month the month, not null, in 0000-01..9999-12 and in the months set, if any
     * @param mrrMinor the MRR in minor units, zero or more
     * @return this builder
     * @throws IllegalArgumentException if the amount is negative or the month unsupported (the
     *     message names the customer and month)
     */
    public MrrLedgerBuilder add(CustomerId customer, YearMonth month, long mrrMinor) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        String id = customer.value();
        int m = checkedMonth(id, month);
        checkMrr(id, m, mrrMinor);
        text.add(customer, m, mrrMinor);
        return this;
    }

    /**
     * Adds the MRR of a customer known by a numeric key (customer {@code "42"} for key 42) in a
     * month. Rows for the same customer and month add up unless {@link #duplicates(DuplicateRows)}
     * says otherwise.
     *
     * @param customerKey the customer's key, any value
     * @param month the month, not null, in 0000-01..9999-12 and in the months set, if any
     * @param mrrMinor the MRR in minor units, zero or more
     * @return this builder
     * @throws IllegalArgumentException if the amount is negative or the month unsupported (the
     *     message names the customer and month)
     */
    public MrrLedgerBuilder add(long customerKey, YearMonth month, long mrrMinor) {
        Objects.requireNonNull(month, "month");
        int m = checkedMonth(Long.toString(customerKey), month);
        checkMrr(Long.toString(customerKey), m, mrrMinor);
        numeric.add(customerKey, m, mrrMinor);
        return this;
    }

    /**
     * Adds rows given as columns: row {@code i} is ({@code customers[i]}, {@code epochMonths[i]},
     * {@code mrrMinor[i]}). Rows for the same customer and month add up unless
     * {@link #duplicates(DuplicateRows)} says otherwise. Every row is checked before any is added.
     *
     * @param customers the customer identifiers, not null, no element null or blank
     * @param epochMonths the months as {@link #epochMonth(YearMonth) epoch months}, not null, same length
     * @param mrrMinor the MRR in minor units, not null, same length, every element zero or more
     * @return this builder
     * @throws NullPointerException if an array or a customer is null (the message names the row)
     * @throws IllegalArgumentException if the lengths differ, or a row has a blank customer, an
     *     unsupported month or negative MRR (the message names the row, its customer and month);
     *     no row is added then
     */
    public MrrLedgerBuilder addAll(String[] customers, int[] epochMonths, long[] mrrMinor) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(epochMonths, "epochMonths");
        sameLength(customers.length, epochMonths.length, mrrMinor);
        return addText(customers, epochMonths, null, mrrMinor);
    }

    /**
     * Adds rows given as columns, months as {@link YearMonth}. Rows for the same customer and month
     * add up unless {@link #duplicates(DuplicateRows)} says otherwise. Every row is checked before
     * any is added.
     *
     * @param customers the customer identifiers, not null, no element null or blank
     * @param months the months, not null, same length, no element null
     * @param mrrMinor the MRR in minor units, not null, same length, every element zero or more
     * @return this builder
     * @throws NullPointerException if an array, a customer or a month is null (the message names the row)
     * @throws IllegalArgumentException as {@link #addAll(String[], int[], long[])}; no row is added then
     */
    public MrrLedgerBuilder addAll(String[] customers, YearMonth[] months, long[] mrrMinor) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(months, "months");
        sameLength(customers.length, months.length, mrrMinor);
        return addText(customers, null, months, mrrMinor);
    }

    /**
     * Adds rows whose customers are numeric keys (customer {@code "42"} for key 42), such as a
     * warehouse's surrogate keys. Rows for the same customer and month add up unless
     * {@link #duplicates(DuplicateRows)} says otherwise. Every row is checked before any is added.
     *
     * @param customerKeys the customers' keys, not null, any values
     * @param epochMonths the months as {@link #epochMonth(YearMonth) epoch months}, not null, same length
     * @param mrrMinor the MRR in minor units, not null, same length, every element zero or more
     * @return this builder
     * @throws IllegalArgumentException if the lengths differ, or a row has an unsupported month or
     *     negative MRR (the message names the row, its customer and month); no row is added then
     */
    public MrrLedgerBuilder addAll(long[] customerKeys, int[] epochMonths, long[] mrrMinor) {
        Objects.requireNonNull(customerKeys, "customerKeys");
        Objects.requireNonNull(epochMonths, "epochMonths");
        sameLength(customerKeys.length, epochMonths.length, mrrMinor);
        return addNumeric(customerKeys, epochMonths, null, mrrMinor);
    }

    /**
     * Adds rows whose customers are numeric keys, months as {@link YearMonth}. Rows for the same
     * customer and month add up unless {@link #duplicates(DuplicateRows)} says otherwise. Every row
     * is checked before any is added.
     *
     * @param customerKeys the customers' keys, not null, any values
     * @param months the months, not null, same length, no element null
     * @param mrrMinor the MRR in minor units, not null, same length, every element zero or more
     * @return this builder
     * @throws NullPointerException if an array or a month is null (the message names the row)
     * @throws IllegalArgumentException as {@link #addAll(long[], int[], long[])}; no row is added then
     */
    public MrrLedgerBuilder addAll(long[] customerKeys, YearMonth[] months, long[] mrrMinor) {
        Objects.requireNonNull(customerKeys, "customerKeys");
        Objects.requireNonNull(months, "months");
        sameLength(customerKeys.length, months.length, mrrMinor);
        return addNumeric(customerKeys, null, months, mrrMinor);
    }

    private static void sameLength(int customers, int months, long[] mrrMinor) {
        Objects.requireNonNull(mrrMinor, "mrrMinor");
        if (customers != months || customers != mrrMinor.length) {
            throw new IllegalArgumentException("columns must have the same length but customers has " + customers
                    + ", months " + months + " and mrrMinor " + mrrMinor.length + " rows");
        }
    }

    /**
     * Writes the rows after the committed ones, checking each, and commits them only if all pass.
     * Customers are copied with one {@code System.arraycopy}: storing references one by one into
     * a large array costs a memory fence each under G1.
     */
    private MrrLedgerBuilder addText(String[] customers, int[] epochMonths, YearMonth[] months, long[] mrrMinor) {
        int n = customers.length;
        RowColumns t = text;
        t.reserve(n);
        int base = t.size;
        int[] hashes = t.hashes;
        int[] ms = t.months;
        long[] vs = t.mrr;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            String id = customers[i];
            int m = epochMonths != null ? epochMonths[i] : rowMonth(months[i], i, id);
            if (id == null) {
                throw new NullPointerException("customers[" + i + "] (row " + i + ", month " + monthText(m) + ") is null");
            }
            if (id.isEmpty() || id.isBlank()) {
                throw new IllegalArgumentException("customers[" + i + "] (row " + i + ", month " + monthText(m)
                        + ") must not be blank but was '" + Limits.quote(id) + "'");
            }
            long v = mrrMinor[i];
            if (m < lo || m > hi) {
                checkMonth(id, m, i);
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
            if (v < 0) {
                checkMrr(id, m, v);
            }
            hashes[base + i] = RowColumns.hash(id);
            ms[base + i] = m;
        }
        t.copyIds(customers, base, n);
        System.arraycopy(mrrMinor, 0, vs, base, n);
        t.size = base + n;
        if (n > 0) {
            t.span(lo);
            t.span(hi);
        }
        return this;
    }

    private MrrLedgerBuilder addNumeric(long[] keys, int[] epochMonths, YearMonth[] months, long[] mrrMinor) {
        int n = keys.length;
        RowColumns t = numeric;
        t.reserve(n);
        int base = t.size;
        long[] ks = t.keys;
        int[] ms = t.months;
        long[] vs = t.mrr;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            int m = epochMonths != null ? epochMonths[i] : rowMonth(months[i], i, Long.toString(k));
            long v = mrrMinor[i];
            if (m < lo || m > hi) {
                checkMonth(Long.toString(k), m, i);
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
            if (v < 0) {
                checkMrr(Long.toString(k), m, v);
            }
            ks[base + i] = k;
            ms[base + i] = m;
            vs[base + i] = v;
        }
        t.size = base + n;
        if (n > 0) {
            t.span(lo);
            t.span(hi);
        }
        return this;
    }

    private static int rowMonth(YearMonth month, int row, String customer) {
        if (month == null) {
            throw new NullPointerException("months[" + row + "] (row " + row + ", customer " + Limits.quote(customer) + ") is null");
        }
        if (month.getYear() < 0 || month.getYear() > 9999) {
            throw new IllegalArgumentException("row " + row + " of customer " + Limits.quote(customer) + ": month " + month
                    + " is outside the supported months " + SUPPORTED_MONTHS);
        }
        return (int) EpochMonths.indexOf(month);
    }

    /** Checks a bulk row's epoch month against the supported months and the months set. */
    private void checkMonth(String customer, int m, int row) {
        if (m < MIN_EPOCH_MONTH || m > MAX_EPOCH_MONTH) {
            throw new IllegalArgumentException("row " + row + " of customer " + Limits.quote(customer) + ": epoch month " + m
                    + " is outside 0.." + MAX_EPOCH_MONTH + ", the supported months " + SUPPORTED_MONTHS);
        }
        if (first != null && (m < epochMonth(first) || m > epochMonth(last))) {
            throw new IllegalArgumentException("row " + row + " of customer " + Limits.quote(customer) + " in " + month(m)
                    + " is outside the ledger's months " + first + ".." + last);
        }
    }

    private int checkedMonth(String customer, YearMonth month) {
        if (month.getYear() < 0 || month.getYear() > 9999) {
            throw new IllegalArgumentException("month " + month + " of customer " + Limits.quote(customer)
                    + " is outside the supported months " + SUPPORTED_MONTHS
                    + " (a ledger stores month indices as short, spanning at most 32767 months)");
        }
        int m = (int) EpochMonths.indexOf(month);
        if (first != null && (month.isBefore(first) || month.isAfter(last))) {
            throw new IllegalArgumentException("row of customer " + Limits.quote(customer) + " in " + month
                    + " is outside the ledger's months " + first + ".." + last);
        }
        return m;
    }

    private void checkMrr(String customer, int epochMonth, long mrrMinor) {
        if (mrrMinor < 0) {
            throw new IllegalArgumentException("MRR of customer " + Limits.quote(customer) + " in " + month(epochMonth)
                    + " must not be negative but was " + Money.ofMinor(currency, mrrMinor));
        }
    }

    private static String monthText(int epochMonth) {
        return epochMonth >= MIN_EPOCH_MONTH && epochMonth <= MAX_EPOCH_MONTH ? month(epochMonth).toString()
                : "epoch month " + epochMonth;
    }

    /**
     * Records that a customer paid at some time in a month without having MRR at its measurement
     * instant (joined and left inside the month). Registers the customer.
     *
     * @param customer the customer, not null
     * @param month the month, not null; the customer must have no MRR in it (checked by {@link #build()})
     * @return this builder
     * @throws IllegalArgumentException if the month is unsupported or outside the months set
     */
    public MrrLedgerBuilder paidBetween(CustomerId customer, YearMonth month) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        int m = checkedMonth(customer.value(), month);
        text.add(customer.value(), RowColumns.REGISTER, 0);
        if (duringCustomers.size() == duringMonths.length) {
            duringMonths = Arrays.copyOf(duringMonths, duringMonths.length * 2);
        }
        duringMonths[duringCustomers.size()] = m;
        duringCustomers.add(customer.value());
        return this;
    }

    /**
     * Gives the month of a customer's first payment, when it precedes the rows. Registers the
     * customer.
     *
     * @param customer the customer, not null
     * @param month the month of the first payment ever, not null, in 0000-01..9999-12;
     *     not after the customer's first row (checked by {@link #build()})
     * @return this builder
     * @throws IllegalArgumentException if the month is unsupported
     */
    public MrrLedgerBuilder firstPaid(CustomerId customer, YearMonth month) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(month, "month");
        if (month.getYear() < 0 || month.getYear() > 9999) {
            throw new IllegalArgumentException("first payment month " + month + " of customer " + Limits.quote(customer)
                    + " is outside the supported months " + SUPPORTED_MONTHS);
        }
        text.add(customer.value(), RowColumns.REGISTER, 0);
        firstPaidHints.put(customer.value(), epochMonth(month));
        return this;
    }

    /**
     * Sets the ledger's months explicitly; the first is the opening month.
     *
     * @param firstMonth the opening month, not null, in 0000-01..9999-12
     * @param lastMonth the last month, not null, not before {@code firstMonth}, in 0000-01..9999-12,
     *     at most 32 766 months after {@code firstMonth}
     * @return this builder
     * @throws IllegalArgumentException if {@code lastMonth} is before {@code firstMonth}, a month is
     *     unsupported, or the months are more than a ledger can span
     */
    public MrrLedgerBuilder months(YearMonth firstMonth, YearMonth lastMonth) {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("lastMonth " + lastMonth + " is before firstMonth " + firstMonth);
        }
        int lo = epochMonth(firstMonth);
        int hi = epochMonth(lastMonth);
        if (hi - lo + 1 > Short.MAX_VALUE) {
            throw new IllegalArgumentException("a ledger spans at most " + Short.MAX_VALUE + " months (month indices are"
                    + " stored as short) but " + firstMonth + ".." + lastMonth + " is " + (hi - lo + 1));
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
     * Sets what {@link #build()} does with several rows for one customer and month (default
     * {@link DuplicateRows#SUM}).
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public MrrLedgerBuilder duplicates(DuplicateRows rule) {
        this.duplicates = Objects.requireNonNull(rule, "rule");
        return this;
    }

    /**
     * Builds the ledger on the calling thread. The builder is left as it was.
     *
     * @return the ledger, not null
     * @throws IllegalStateException if there are no rows and no months were set
     * @throws IllegalArgumentException if a row lies outside the months set, a first payment is
     *     later than the customer's first MRR, the rows span more than 32 767 months, or a
     *     customer-month has several rows under {@link DuplicateRows#REJECT} (naming the customer
     *     and month)
     * @throws ArithmeticException if a customer-month's rows sum past {@code Long.MAX_VALUE} minor
     *     units (naming the customer and month)
     */
    public MrrLedger build() {
        return build(1, Runnable::run);
    }

    /**
     * Builds the ledger in parallel: customers are split by a hash of their identifier into
     * {@code parts} groups, each group is built on the executor (the last on the calling thread),
     * and the groups are merged. The ledger equals the one {@link #build()} makes, for any
     * {@code parts}. The builder is left as it was.
     *
     * @param parts the number of groups, 1 to 1 024
     * @param executor runs all groups but the last, not null; no thread is started here
     * @return the ledger, not null
     * @throws IllegalArgumentException if {@code parts} is outside 1..1 024, or as {@link #build()}
     * @throws IllegalStateException as {@link #build()}
     * @throws ArithmeticException as {@link #build()}
     */
    public MrrLedger build(int parts, Executor executor) {
        Objects.requireNonNull(executor, "executor");
        if (parts < 1 || parts > 1024) {
            throw new IllegalArgumentException("parts must be in 1..1024 but was " + parts);
        }
        text.hashAll();
        RowColumns rows = numeric.size == 0 ? text : text.size == 0 ? numeric : text.asText(numeric);
        int duringCount = duringCustomers.size();
        int lo;
        int hi;
        if (first != null) {
            lo = epochMonth(first);
            hi = epochMonth(last);
            if (rows.minMonth < lo || rows.maxMonth > hi) {
                throw outside(rows, lo, hi);
            }
            for (int i = 0; i < duringCount; i++) {
                if (duringMonths[i] < lo || duringMonths[i] > hi) {
                    throw outside(duringCustomers.get(i), duringMonths[i], lo, hi);
                }
            }
        } else {
            if (rows.minMonth == Integer.MAX_VALUE && duringCount == 0) {
                throw new IllegalStateException("an MRR ledger needs rows or explicit months, but had neither");
            }
            lo = rows.minMonth;
            hi = rows.maxMonth;
            for (int i = 0; i < duringCount; i++) {
                lo = Math.min(lo, duringMonths[i]);
                hi = Math.max(hi, duringMonths[i]);
            }
            lo--;
        }
        int monthCount = hi - lo + 1;
        if (monthCount > Short.MAX_VALUE) {
            throw new IllegalArgumentException("a ledger spans at most " + Short.MAX_VALUE
                    + " months (month indices are stored as short) but these rows span " + monthCount + ": "
                    + month(lo) + ".." + month(hi));
        }
        LedgerAssembly.Assembled a = LedgerAssembly.assemble(rows, lo, monthCount, duplicates, parts, executor);
        CustomerIds ids = a.ids();
        int[] firstPaid = a.firstPaid();
        long[] duringKeys = new long[duringCount];
        for (int i = 0; i < duringCount; i++) {
            int c = ids.indexOf(CustomerId.of(duringCustomers.get(i)));
            int month = duringMonths[i] - lo;
            duringKeys[i] = MrrLedger.key(c, month);
            firstPaid[c] = Math.min(firstPaid[c], month);
        }
        Arrays.sort(duringKeys);
        duringKeys = Arrays.stream(duringKeys).distinct().toArray();
        int[] offsets = a.offsets();
        short[] months = a.months();
        for (long key : duringKeys) {
            int c = (int) (key >>> 32);
            int month = (int) key;
            for (int r = offsets[c]; r < offsets[c + 1]; r++) {
                if (months[r] == month) {
                    throw new IllegalArgumentException("customer " + Limits.quote(ids.text(c)) + " has MRR in " + month(month + lo)
                            + ", so it cannot also be marked as active during that month only");
                }
            }
        }
        for (Map.Entry<String, Integer> hint : firstPaidHints.entrySet()) {
            int c = ids.indexOf(CustomerId.of(hint.getKey()));
            int month = hint.getValue() - lo;
            if (month >= monthCount) {
                throw new IllegalArgumentException("first payment of customer " + Limits.quote(hint.getKey()) + " in "
                        + month(hint.getValue()) + " is after the ledger's last month " + month(hi));
            }
            if (firstPaid[c] != CustomerTimeline.NEVER_PAID && month > firstPaid[c]) {
                throw new IllegalArgumentException("first payment of customer " + Limits.quote(hint.getKey()) + " in "
                        + month(hint.getValue()) + " is after its first MRR in " + month(firstPaid[c] + lo));
            }
            firstPaid[c] = month;
        }
        return new MrrLedger(currency, month(lo), conventions,
                new LedgerColumns(monthCount, ids, firstPaid, offsets, months, a.mrr(), null, duringKeys))
                .withMovementConventions(movementConventions);
    }

    private static IllegalArgumentException outside(RowColumns rows, int lo, int hi) {
        for (int i = 0; i < rows.size; i++) {
            int m = rows.months[i];
            if (m != RowColumns.REGISTER && (m < lo || m > hi)) {
                return outside(rows.customer(i), m, lo, hi);
            }
        }
        throw new IllegalStateException("no row outside " + lo + ".." + hi);
    }

    private static IllegalArgumentException outside(String customer, int month, int lo, int hi) {
        return new IllegalArgumentException("row of customer " + Limits.quote(customer) + " in " + month(month)
                + " is outside the ledger's months " + month(lo) + ".." + month(hi));
    }
}
