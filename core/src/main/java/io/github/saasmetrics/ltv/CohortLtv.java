package io.github.saasmetrics.ltv;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Cohort lifetime value: the revenue a cohort's <em>original</em> customers brought in, by age,
 * and its cumulative sum per original customer.
 *
 * <p><b>Definition.</b> A cohort is the {@code N} customers whose first paid period is the same;
 * age 0 is that period, age {@code k} the {@code k}-th period after it. {@code R(k)} is the total
 * revenue of those customers at age {@code k}: churned customers add 0, expanded ones their higher
 * revenue, reactivated ones their revenue again. The cohort LTV up to age {@code k} is
 *
 * <pre>
 *   LTV(k) = Σ_{j=0..k} R(j) / N                                   (undiscounted)
 *   LTV(k) = Σ_{j=0..k} R(j) · (1 + d)^(−e(j)) / N                 (discounted, e(j) = j in advance, j + 1 in arrears)
 * </pre>
 *
 * <p>The divisor is always the original cohort size {@code N}, not the survivors, so the curve
 * is what an average acquired customer was worth by that age. Multiply by a gross margin for a
 * margin-based LTV. Only observed ages are known: a cohort that started 5 periods before the data
 * end has ages 0–5, and asking beyond them throws.
 *
 * <p><b>Worked example.</b> 4 customers paying $100 each at age 0; one churns, so age 1 brings
 * $300; another churns and one expands to $150, so age 2 brings $250; age 3 brings $150.
 * {@code LTV(0..3) = 100, 175, 237.50, 275.00} per customer. Discounted at 1 % per period in
 * advance, {@code LTV(3) = (400 + 300/1.01 + 250/1.01² + 150/1.01³) / 4 = USD 271.92}.
 *
 * <p><b>Merging.</b> Revenue and customer counts add up, so per-customer-range partial results
 * merge with {@link #plus(CohortLtv)} (or {@link Accumulator#addAll}) to exactly the result of
 * the whole cohort. Money is kept exact until a per-customer value is asked for, which is rounded
 * once with {@link Ltv#ROUNDING}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customers the original cohort size {@code N}, zero or more
 * @param revenueByAge {@code R(0), R(1), …} for every observed age, not null, at least one entry,
 *     one currency, none negative; copied
 */
public record CohortLtv(long customers, List<Money> revenueByAge) implements Tabular {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the count is negative, there is no age, an amount is negative,
     *     or a cohort of no customers has revenue
     * @throws CurrencyMismatchException if the amounts are in different currencies
     * @throws NullPointerException if the list or an amount in it is null
     */
    public CohortLtv {
        if (customers < 0) {
            throw new IllegalArgumentException("customers must not be negative but was " + customers);
        }
        Objects.requireNonNull(revenueByAge, "revenueByAge");
        int index = 0;
        for (Money revenue : revenueByAge) {
            if (revenue == null) {
                throw new NullPointerException("revenueByAge[" + index + "]");
            }
            index++;
        }
        revenueByAge = List.copyOf(revenueByAge);
        if (revenueByAge.isEmpty()) {
            throw new IllegalArgumentException("revenueByAge must hold at least age 0 but was empty");
        }
        Currency currency = revenueByAge.get(0).currency();
        for (int age = 0; age < revenueByAge.size(); age++) {
            Money revenue = revenueByAge.get(age);
            if (!revenue.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, revenue.currency());
            }
            if (revenue.negative()) {
                throw new IllegalArgumentException("revenue at age " + age + " must not be negative but was " + revenue);
            }
            if (customers == 0 && !revenue.zero()) {
                throw new IllegalArgumentException("a cohort of 0 customers cannot have revenue but age " + age
                        + " has " + revenue);
            }
        }
    }

    /**
     * The most ages an {@linkplain #accumulator accumulator} counts: {@value}, the months of the longest
     * ledger ({@link Limits#MAX_LEDGER_MONTHS}). An accumulator holds a long per age, allocated at once.
     */
    public static final int MAX_AGES = Limits.MAX_LEDGER_MONTHS;

    private static void checkAccumulator(Currency currency, int ages) {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no minor unit, so revenue in minor units of it is meaningless");
        }
        if (ages < 1) {
            throw new IllegalArgumentException("ages must be at least 1 but was " + ages);
        }
        if (ages > MAX_AGES) {
            throw new IllegalArgumentException("ages must be at most " + MAX_AGES + " but was " + ages);
        }
    }

    /**
     * Obtains the cohort LTV from the cohort size and the total revenue at each age.
     *
     * @param customers the original cohort size, zero or more
     * @param revenueByAge the total revenue at ages 0, 1, …, not null, at least one, one currency
     * @return the cohort LTV, not null
     * @throws IllegalArgumentException if the parts are invalid (see the record)
     * @throws CurrencyMismatchException if the amounts are in different currencies
     * @throws NullPointerException if the array or an amount in it is null
     */
    public static CohortLtv of(long customers, Money... revenueByAge) {
        return new CohortLtv(customers, Arrays.asList(Objects.requireNonNull(revenueByAge, "revenueByAge")));
    }

    /**
     * A mutable accumulator for one cohort, fed customer by customer.
     *
     * @param currency the revenue currency, not null
     * @param ages the number of observed ages (the cohort's age at the end of the data, plus one), from 1 to
     *     {@value #MAX_AGES}
     * @return an empty accumulator, not null
     * @throws IllegalArgumentException if {@code ages} is out of range or the currency has no minor unit (such as
     *     {@code XXX})
     * @throws NullPointerException if {@code currency} is null
     */
    public static Accumulator accumulator(Currency currency, int ages) {
        return new Accumulator(currency, ages);
    }

    /**
     * A collector over customers, each given as its revenue at ages 0, 1, … (at most {@code ages}
     * entries; missing trailing ages are 0).
     *
     * @param currency the revenue currency, not null
     * @param ages the number of observed ages, from 1 to {@value #MAX_AGES}
     * @return the collector, not null
     * @throws IllegalArgumentException if {@code ages} is out of range or the currency has no minor unit
     * @throws NullPointerException if {@code currency} is null
     */
    public static Collector<List<Money>, Accumulator, CohortLtv> toCohortLtv(Currency currency, int ages) {
        checkAccumulator(currency, ages);
        return Collector.of(() -> new Accumulator(currency, ages), (acc, customer) -> acc.addCustomer(customer),
                (a, b) -> {
                    a.addAll(b);
                    return a;
                }, Accumulator::toCohortLtv);
    }

    /**
     * The revenue currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return revenueByAge.get(0).currency();
    }

    /**
     * The number of observed ages, {@code 0 … ages() − 1}.
     *
     * @return the count, at least 1
     */
    public int ages() {
        return revenueByAge.size();
    }

    /**
     * The undiscounted cohort LTV up to an age: {@code Σ_{j ≤ age} R(j) / N}.
     *
     * @param age the last age included, from 0 to {@code ages() − 1}
     * @return the revenue per original customer, rounded with {@link Ltv#ROUNDING}, not null
     * @throws IllegalArgumentException if the age was not observed
     * @throws IllegalStateException if the cohort has no customers
     * @throws ArithmeticException if the revenue up to the age does not fit in a {@code long} of minor units
     */
    public Money cumulativePerCustomer(int age) {
        checkAge(age);
        long total = 0;
        for (int j = 0; j <= age; j++) {
            long revenue = revenueByAge.get(j).minorUnits();
            if (total > Long.MAX_VALUE - revenue) {
                // Both are at least 0, so this is the only way the sum can overflow.
                throw new ArithmeticException("the cohort's cumulative revenue up to age " + j + " overflows a long of "
                        + "minor units: " + Money.ofMinor(currency(), total) + " up to age " + (j - 1) + " plus "
                        + revenueByAge.get(j) + " at age " + j);
            }
            total += revenue;
        }
        return Money.ofMinor(currency(), total).dividedBy(customers, Ltv.ROUNDING);
    }

    /**
     * The discounted cohort LTV up to an age: {@code Σ_{j ≤ age} R(j) · (1 + d)^(−e(j)) / N}, with
     * {@code e(j) = j} in advance and {@code j + 1} in arrears; at renewal the revenue of age 0 (the
     * acquisition period) is left out and {@code e(j) = j}.
     *
     * @param age the last age included, from 0 to {@code ages() − 1}
     * @param discountRate the discount rate per period, finite, zero or more
     * @param timing when each period's revenue is received, not null
     * @return the present value per original customer, rounded with {@link Ltv#ROUNDING}, not null
     * @throws IllegalArgumentException if the age was not observed or the rate is out of range
     * @throws IllegalStateException if the cohort has no customers
     */
    public Money discountedPerCustomer(int age, double discountRate, PaymentTiming timing) {
        checkAge(age);
        if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be finite and not negative but was " + discountRate);
        }
        Objects.requireNonNull(timing, "timing");
        double v = 1 / (1 + discountRate);
        BigDecimal total = BigDecimal.ZERO;
        for (int j = timing.counts(0) ? 0 : 1; j <= age; j++) {
            BigDecimal factor = new BigDecimal(Math.pow(v, timing.exponent(j)));
            total = total.add(revenueByAge.get(j).amount().multiply(factor));
        }
        int scale = currency().getDefaultFractionDigits();
        return Money.of(currency(), total.divide(BigDecimal.valueOf(customers), scale, Ltv.ROUNDING));
    }

    /**
     * Pools two partial results of the same cohort (customer ranges): customers and revenue at each
     * age add up.
     *
     * @param other the other part, not null, same currency and number of ages
     * @return the pooled cohort LTV, not null
     * @throws IllegalArgumentException if the numbers of ages differ (truncate one with {@link #truncatedTo} first)
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if the pooled customers, or the pooled revenue at an age, do not fit in a
     *     {@code long}; the message names the age and both parts
     * @throws NullPointerException if {@code other} is null
     */
    public CohortLtv plus(CohortLtv other) {
        Objects.requireNonNull(other, "other");
        if (other.ages() != ages()) {
            throw new IllegalArgumentException("cannot pool cohorts observed for " + ages() + " and " + other.ages()
                    + " ages; truncate the longer one first");
        }
        List<Money> sum = new ArrayList<>(ages());
        for (int j = 0; j < ages(); j++) {
            try {
                sum.add(revenueByAge.get(j).plus(other.revenueByAge.get(j)));
            } catch (ArithmeticException e) {
                throw overflow("the pooled revenue at age " + j, e);
            }
        }
        if (customers > Long.MAX_VALUE - other.customers) {
            throw overflow("the pooled customers " + customers + " + " + other.customers, null);
        }
        return new CohortLtv(customers + other.customers, sum);
    }

    private static ArithmeticException overflow(String what, ArithmeticException cause) {
        ArithmeticException named = new ArithmeticException("pooling cohort LTVs: " + what + " overflows a long"
                + (cause == null ? "" : " (" + cause.getMessage() + ")"));
        named.initCause(cause);
        return named;
    }

    /**
     * The same cohort observed for fewer ages, so that cohorts of different lengths can be pooled.
     *
     * @param ages the number of ages to keep, from 1 to {@link #ages()}
     * @return the truncated cohort LTV, not null
     * @throws IllegalArgumentException if {@code ages} is out of range
     */
    public CohortLtv truncatedTo(int ages) {
        if (ages < 1 || ages > ages()) {
            throw new IllegalArgumentException("ages must be from 1 to " + ages() + " but was " + ages);
        }
        return new CohortLtv(customers, revenueByAge.subList(0, ages));
    }

    private void checkAge(int age) {
        if (age < 0 || age >= ages()) {
            throw new IllegalArgumentException("age must be from 0 to " + (ages() - 1) + " (the observed ages) but was "
                    + age);
        }
        if (customers == 0) {
            throw new IllegalStateException("the cohort has no customers, so revenue per customer is undefined");
        }
    }

    /**
     * A table of age, revenue and cumulative revenue per original customer.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return toTable().toText();
    }

    /**
     * The same table as {@link #toString()}, as Markdown.
     *
     * @return the Markdown table, not null
     */
    public String toMarkdown() {
        return toTable().toMarkdown();
    }

    /**
     * The revenue by age and the cumulative revenue per original customer as a typed table, titled
     * {@code Cohort LTV: N customers}. Columns: {@code age} (COUNT), {@code revenue} (MONEY, in the
     * cohort's currency) and {@code cumulative per customer} (MONEY, {@link #cumulativePerCustomer};
     * undefined for a cohort of no customers).
     *
     * <p>Example: the worked example's age 2 row holds {@code 2}, {@code USD 250.00} and {@code USD 237.50}.
     *
     * @return the table, not null
     * @throws ArithmeticException if the cumulative revenue overflows a {@code long} of minor units
     */
    @Override
    public ResultTable toTable() {
        String code = currency().getCurrencyCode();
        ResultTable.Builder table = ResultTable.builder("Cohort LTV: " + customers + " customers")
                .columns(Column.count("age"), Column.money("revenue", code),
                        Column.money("cumulative per customer", code));
        for (int age = 0; age < ages(); age++) {
            table.row(age, revenueByAge.get(age), customers == 0 ? null : cumulativePerCustomer(age));
        }
        return table.build();
    }

    /**
     * A mutable accumulator of one cohort's customers and revenue by age. Feed each original
     * customer once with {@link #addCustomer()} and its revenue with {@link #addRevenue}, or both at
     * once with {@link #addCustomer(List)}; merge partial accumulators with {@link #addAll}.
     *
     * <p>Instances are not thread-safe; give each thread its own and merge them.
     */
    public static final class Accumulator {

        private final Currency currency;
        private final long[] revenue;
        private long customers;

        private Accumulator(Currency currency, int ages) {
            this.currency = currency;
            checkAccumulator(currency, ages);
            this.revenue = new long[ages];
        }

        /**
         * Counts one more original customer of the cohort.
         *
         * @return this accumulator, not null
         */
        public Accumulator addCustomer() {
            customers++;
            return this;
        }

        /**
         * Adds revenue at an age, in minor units of the accumulator's currency.
         *
         * @param age the age, from 0 to {@code ages − 1}
         * @param minorUnits the revenue in minor units, zero or more
         * @return this accumulator, not null
         * @throws IllegalArgumentException if the age was not observed or the amount is negative
         * @throws ArithmeticException if the revenue at the age overflows a long of minor units; the message names
         *     the age and the amounts
         */
        public Accumulator addRevenue(int age, long minorUnits) {
            if (age < 0 || age >= revenue.length) {
                throw new IllegalArgumentException("age must be from 0 to " + (revenue.length - 1) + " but was " + age);
            }
            if (minorUnits < 0) {
                throw new IllegalArgumentException("revenue must not be negative but was " + minorUnits
                        + " minor units at age " + age);
            }
            revenue[age] = add(revenue[age], minorUnits, age);
            return this;
        }

        /**
         * Counts one more original customer with its revenue at ages 0, 1, … (missing trailing ages are 0).
         *
         * @param revenueByAge the customer's revenue by age, not null, at most {@code ages} entries, this currency
         * @return this accumulator, not null
         * @throws IllegalArgumentException if there are more entries than ages, or one is negative
         * @throws CurrencyMismatchException if an amount is in another currency
         * @throws ArithmeticException if the revenue at an age overflows a long of minor units
         * @throws NullPointerException if the list or an amount in it is null
         */
        public Accumulator addCustomer(List<Money> revenueByAge) {
            Objects.requireNonNull(revenueByAge, "revenueByAge");
            if (revenueByAge.size() > revenue.length) {
                throw new IllegalArgumentException("a customer's revenue covers " + revenueByAge.size()
                        + " ages but only " + revenue.length + " were observed");
            }
            for (int age = 0; age < revenueByAge.size(); age++) {
                Money amount = revenueByAge.get(age);
                if (amount == null) {
                    throw new NullPointerException("revenueByAge[" + age + "]");
                }
                if (!amount.currency().equals(currency)) {
                    throw new CurrencyMismatchException(currency, amount.currency());
                }
                addRevenue(age, amount.minorUnits());
            }
            return addCustomer();
        }

        /**
         * Adds everything another accumulator of the same cohort holds.
         *
         * @param other the other accumulator, not null, same currency and number of ages
         * @return this accumulator, not null
         * @throws IllegalArgumentException if the numbers of ages differ
         * @throws CurrencyMismatchException if the currencies differ
         * @throws ArithmeticException if the revenue at an age, or the customers, overflow a long
         * @throws NullPointerException if {@code other} is null
         */
        public Accumulator addAll(Accumulator other) {
            Objects.requireNonNull(other, "other");
            if (!other.currency.equals(currency)) {
                throw new CurrencyMismatchException(currency, other.currency);
            }
            if (other.revenue.length != revenue.length) {
                throw new IllegalArgumentException("cannot merge accumulators of " + revenue.length + " and "
                        + other.revenue.length + " ages");
            }
            for (int age = 0; age < revenue.length; age++) {
                revenue[age] = add(revenue[age], other.revenue[age], age);
            }
            // Counted one by one, but an accumulator merged into itself doubles: check.
            if (customers > Long.MAX_VALUE - other.customers) {
                throw new ArithmeticException("the cohort's customers overflow a long: " + customers + " + "
                        + other.customers);
            }
            customers += other.customers;
            return this;
        }

        /** Revenue at an age plus more, both zero or more: checked, naming the age and the amounts. */
        private long add(long sofar, long more, int age) {
            if (sofar > Long.MAX_VALUE - more) {
                throw new ArithmeticException("the cohort's revenue at age " + age + " overflows a long of minor units: "
                        + Money.ofMinor(currency, sofar) + " plus " + Money.ofMinor(currency, more));
            }
            return sofar + more;
        }

        /**
         * A snapshot of what has been accumulated.
         *
         * @return the cohort LTV, not null
         * @throws IllegalArgumentException if revenue was added without any customer
         */
        public CohortLtv toCohortLtv() {
            List<Money> amounts = new ArrayList<>(revenue.length);
            for (long minor : revenue) {
                amounts.add(Money.ofMinor(currency, minor));
            }
            return new CohortLtv(customers, amounts);
        }
    }
}
