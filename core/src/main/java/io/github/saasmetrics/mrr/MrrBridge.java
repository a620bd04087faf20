package io.github.saasmetrics.mrr;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The MRR bridge of a period: how MRR got from its start to its end.
 *
 * <p>The identity, exact to the minor unit:
 * <pre>end = start + newBusiness + reactivation + expansion − contraction − churn + fx</pre>
 * and for customer counts:
 * <pre>customersAtEnd = customersAtStart + newCustomers + reactivatedCustomers − churnedCustomers</pre>
 * Both are checked when a bridge is made. {@code start} is the MRR at the end of the month before
 * the period, {@code end} the MRR at the end of its last month. For a period of several months the
 * movements are the sum of the monthly movements, so a customer who leaves in January and returns
 * in March shows as churn and reactivation. {@code joinedAndChurnedCustomers} counts customers who
 * had no MRR at the start and none at the end but paid at some time in between; they appear in no
 * other count.
 *
 * <p>Bridges of disjoint customer groups over the same period merge with {@link #plus(MrrBridge)};
 * consecutive periods chain with {@link #followedBy(MrrBridge)}.
 *
 * <p>Worked example: start $100; one customer churns ($10), one contracts by $10, one expands by $10,
 * a new one brings $25: end = 100 + 25 + 0 + 10 − 10 − 10 = $115; net new MRR $15; quick ratio
 * (25 + 10) / (10 + 10) = 1.75.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, not null
 * @param start MRR at the start, zero or more
 * @param newBusiness MRR of customers paying for the first time, zero or more
 * @param expansion MRR added by paying customers, zero or more
 * @param contraction MRR lost by customers who still pay, zero or more
 * @param churn MRR lost by customers who stopped paying, zero or more
 * @param reactivation MRR of returning customers, zero or more
 * @param fx change from exchange rates, any sign
 * @param end MRR at the end, zero or more
 * @param customersAtStart paying customers at the start
 * @param newCustomers customers paying for the first time
 * @param reactivatedCustomers returning customers
 * @param churnedCustomers customers who stopped paying
 * @param customersAtEnd paying customers at the end
 * @param expandedCustomers customer-months of expansion
 * @param contractedCustomers customer-months of contraction
 * @param joinedAndChurnedCustomers customers who joined and left inside the period
 */
public record MrrBridge(ReportingPeriod period, Money start, Money newBusiness, Money expansion, Money contraction,
        Money churn, Money reactivation, Money fx, Money end, long customersAtStart, long newCustomers,
        long reactivatedCustomers, long churnedCustomers, long customersAtEnd, long expandedCustomers,
        long contractedCustomers, long joinedAndChurnedCustomers) {

    /**
     * Validates the bridge: one currency, non-negative movements and counts, and both identities.
     *
     * @throws IllegalArgumentException if a value is out of range or an identity fails
     */
    public MrrBridge {
        Objects.requireNonNull(period, "period");
        Money[] all = {start, newBusiness, expansion, contraction, churn, reactivation, fx, end};
        String[] names = {"start", "newBusiness", "expansion", "contraction", "churn", "reactivation", "fx", "end"};
        for (int i = 0; i < all.length; i++) {
            Objects.requireNonNull(all[i], names[i]);
            if (!all[i].currency().equals(start.currency())) {
                throw new CurrencyMismatchException(start.currency(), all[i].currency(), "bridge " + period + ", " + names[i]);
            }
            if (i != 6 && all[i].negative()) {
                throw new IllegalArgumentException(names[i] + " of bridge " + period + " must not be negative but was "
                        + all[i]);
            }
        }
        long[] counts = {customersAtStart, newCustomers, reactivatedCustomers, churnedCustomers, customersAtEnd,
            expandedCustomers, contractedCustomers, joinedAndChurnedCustomers};
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("customer counts of bridge " + period + " must not be negative but one was "
                        + c);
            }
        }
        checkMoneyIdentity(period, start, newBusiness, reactivation, expansion, contraction, churn, fx, end);
        checkCountIdentity(period, customersAtStart, newCustomers, reactivatedCustomers, churnedCustomers, customersAtEnd);
    }

    /**
     * {@code end = start + new + reactivation + expansion − contraction − churn + fx}, decided exactly:
     * in {@code long} arithmetic when no step overflows, else in {@code BigInteger}, so that a sum
     * that only fits once the losses are subtracted is accepted and a wrapped-around one is not.
     */
    private static void checkMoneyIdentity(ReportingPeriod period, Money start, Money newBusiness, Money reactivation,
            Money expansion, Money contraction, Money churn, Money fx, Money end) {
        long[] plus = {start.minorUnits(), newBusiness.minorUnits(), reactivation.minorUnits(), expansion.minorUnits(),
            fx.minorUnits()};
        long[] minus = {contraction.minorUnits(), churn.minorUnits()};
        if (!identityHolds(plus, minus, end.minorUnits())) {
            Money expected;
            try {
                expected = start.plus(newBusiness).plus(reactivation).plus(expansion).minus(contraction).minus(churn)
                        .plus(fx);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("bridge " + period + " does not add up: start + new + reactivation"
                        + " + expansion − contraction − churn + fx = " + exactSum(plus, minus) + " minor units, beyond"
                        + " the range of a long, but end = " + end);
            }
            throw new IllegalArgumentException("bridge " + period + " does not add up: start + new + reactivation + "
                    + "expansion − contraction − churn + fx = " + expected + " but end = " + end);
        }
    }

    private static void checkCountIdentity(ReportingPeriod period, long atStart, long added, long reactivated,
            long churned, long atEnd) {
        if (!identityHolds(new long[] {atStart, added, reactivated}, new long[] {churned}, atEnd)) {
            throw new IllegalArgumentException("bridge " + period + " customer counts do not add up: " + atStart
                    + " + " + added + " + " + reactivated + " − " + churned + " ≠ " + atEnd);
        }
    }

    private static boolean identityHolds(long[] plus, long[] minus, long expected) {
        try {
            long sum = 0;
            for (long p : plus) {
                sum = Math.addExact(sum, p);
            }
            for (long m : minus) {
                sum = Math.subtractExact(sum, m);
            }
            return sum == expected;
        } catch (ArithmeticException e) {
            return exactSum(plus, minus).equals(BigInteger.valueOf(expected));
        }
    }

    private static BigInteger exactSum(long[] plus, long[] minus) {
        BigInteger sum = BigInteger.ZERO;
        for (long p : plus) {
            sum = sum.add(BigInteger.valueOf(p));
        }
        for (long m : minus) {
            sum = sum.subtract(BigInteger.valueOf(m));
        }
        return sum;
    }

    /**
     * Merges the bridge of a disjoint group of customers over the same period.
     *
     * @param other the other group's bridge, not null, same period and currency
     * @return the bridge of both groups, not null
     * @throws IllegalArgumentException if the periods differ
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if a sum overflows a {@code long}; the message names the period and the field
     */
    public MrrBridge plus(MrrBridge other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period)) {
            throw new IllegalArgumentException("cannot merge bridges of different periods " + period + " and "
                    + other.period);
        }
        if (!start.currency().equals(other.start.currency())) {
            throw new CurrencyMismatchException(start.currency(), other.start.currency(), "merging bridges of " + period);
        }
        long[] sum = new long[BridgeLine.values().length];
        for (BridgeLine line : BridgeLine.values()) {
            sum[line.ordinal()] = add("merging bridges of " + period, line, line.of(this), line.of(other));
        }
        return of(period, start.currency(), sum);
    }

    /**
     * A bridge from its lines' values, indexed by {@link BridgeLine#ordinal()}: minor units of
     * {@code currency} for the amounts, counts for the customers. The inverse of reading every
     * {@link BridgeLine#of(MrrBridge)}, for engines that carry bridges as arrays of numbers.
     *
     * @param period the period, not null
     * @param currency the currency of the amounts, not null
     * @param lines the sixteen values, not null
     * @return the bridge, not null
     * @throws IllegalArgumentException as the canonical constructor, or if there are not sixteen values
     */
    public static MrrBridge of(ReportingPeriod period, Currency currency, long[] lines) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(lines, "lines");
        if (lines.length != BridgeLine.values().length) {
            throw new IllegalArgumentException("a bridge has " + BridgeLine.values().length + " lines but "
                    + lines.length + " were given");
        }
        return new MrrBridge(period, money(currency, lines, BridgeLine.START),
                money(currency, lines, BridgeLine.NEW_BUSINESS), money(currency, lines, BridgeLine.EXPANSION),
                money(currency, lines, BridgeLine.CONTRACTION), money(currency, lines, BridgeLine.CHURN),
                money(currency, lines, BridgeLine.REACTIVATION), money(currency, lines, BridgeLine.FX),
                money(currency, lines, BridgeLine.END), lines[BridgeLine.CUSTOMERS_AT_START.ordinal()],
                lines[BridgeLine.NEW_CUSTOMERS.ordinal()], lines[BridgeLine.REACTIVATED_CUSTOMERS.ordinal()],
                lines[BridgeLine.CHURNED_CUSTOMERS.ordinal()], lines[BridgeLine.CUSTOMERS_AT_END.ordinal()],
                lines[BridgeLine.EXPANDED_CUSTOMERS.ordinal()], lines[BridgeLine.CONTRACTED_CUSTOMERS.ordinal()],
                lines[BridgeLine.JOINED_AND_CHURNED_CUSTOMERS.ordinal()]);
    }

    private static Money money(Currency currency, long[] lines, BridgeLine line) {
        return Money.ofMinor(currency, lines[line.ordinal()]);
    }

    private long add(String where, BridgeLine line, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(where + ": " + line.component() + (line.money()
                    ? " overflows: " + Money.ofMinor(start.currency(), a) + " + " + Money.ofMinor(start.currency(), b)
                            + " overflows a long of minor units"
                    : " overflows a long: " + a + " + " + b));
        }
    }

    /**
     * Chains the bridge of the period that follows, for the same customers.
     *
     * <p>Movements and flow counts add; the start is this bridge's, the end the next one's.
     * {@code joinedAndChurnedCustomers} adds too, which can miss a customer who joins in one
     * period and leaves in the next; compute the longer period's bridge directly when that count
     * matters.
     *
     * @param next the bridge of the adjacent following period, not null
     * @return the bridge of both periods, not null
     * @throws IllegalArgumentException if the periods are not adjacent or this end is not the next start
     * @throws ArithmeticException if a sum overflows a {@code long}; the message names the periods and the field
     */
    public MrrBridge followedBy(MrrBridge next) {
        Objects.requireNonNull(next, "next");
        if (!period.endExclusive().equals(next.period.start())) {
            throw new IllegalArgumentException("bridge " + next.period + " does not follow " + period);
        }
        if (!end.equals(next.start) || customersAtEnd != next.customersAtStart) {
            throw new IllegalArgumentException("bridge " + next.period + " starts at " + next.start + " ("
                    + next.customersAtStart + " customers) but " + period + " ends at " + end + " (" + customersAtEnd
                    + " customers)");
        }
        String where = "chaining bridge " + period + " and " + next.period;
        long[] lines = new long[BridgeLine.values().length];
        for (BridgeLine line : BridgeLine.values()) {
            lines[line.ordinal()] = line.flow() ? add(where, line, line.of(this), line.of(next))
                    : line == BridgeLine.START || line == BridgeLine.CUSTOMERS_AT_START ? line.of(this) : line.of(next);
        }
        return of(ReportingPeriod.of(period.start(), next.period.endExclusive()), start.currency(), lines);
    }

    /**
     * A copy with another count of customers who joined and left inside the period.
     *
     * @param count the count, zero or more
     * @return the new bridge, not null
     */
    public MrrBridge withJoinedAndChurned(long count) {
        return new MrrBridge(period, start, newBusiness, expansion, contraction, churn, reactivation, fx, end,
                customersAtStart, newCustomers, reactivatedCustomers, churnedCustomers, customersAtEnd, expandedCustomers,
                contractedCustomers, count);
    }

    /**
     * Net new MRR: {@code new + reactivation + expansion − contraction − churn} (FX excluded).
     *
     * @return the net new MRR, any sign, not null
     */
    public Money netNewMrr() {
        return newBusiness.plus(reactivation).plus(expansion).minus(contraction).minus(churn);
    }

    /**
     * MRR growth rate: {@code (end − start) / start}, in minor units.
     *
     * @return the ratio, undefined when the start is zero, not null
     */
    public Ratio growthRate() {
        return start.zero() ? Ratio.UNDEFINED : Ratio.of(end.minus(start).minorUnits(), start.minorUnits());
    }

    /**
     * Quick ratio: {@code (new + expansion + reactivation) / (contraction + churn)}.
     *
     * @return the ratio, undefined when nothing was lost, not null
     */
    public Ratio quickRatio() {
        Money lost = contraction.plus(churn);
        return lost.zero() ? Ratio.UNDEFINED
                : Ratio.of(newBusiness.plus(expansion).plus(reactivation).minorUnits(), lost.minorUnits());
    }

    /**
     * Average revenue per account at the end: {@code end / customersAtEnd}, rounded half-even.
     *
     * <p>Example: $1, $1, $3, $5, $5 → $3.
     *
     * @return the ARPA, not null
     * @throws IllegalStateException if no customer pays at the end
     */
    public Money arpa() {
        if (customersAtEnd == 0) {
            throw new IllegalStateException("ARPA of " + period + " is undefined: no customer pays at its end");
        }
        return end.dividedBy(customersAtEnd, RoundingMode.HALF_EVEN);
    }

    /**
     * Annual run rate at the end: {@code 12 × end}.
     *
     * @return the ARR, not null
     */
    public Money arr() {
        return end.times(12);
    }

    /**
     * A one-line summary: the bridge as a sum, the movements' net new MRR beside it, and the
     * customers, money with thousands separators, such as {@code 2024-02: USD 130.00 + new 25.00 +
     * reactivation 0.00 + expansion 150.00 − contraction 5.00 − churn 10.00 (net new 160.00) = USD 290.00
     * (4 → 4 customers)}; an FX change shows as a term of its own ({@code + fx 1.20} or {@code − fx 0.55})
     * after the net new MRR, which leaves it out.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return period + ": " + Figures.money(start) + " + new " + Figures.amount(newBusiness) + " + reactivation "
                + Figures.amount(reactivation) + " + expansion " + Figures.amount(expansion) + " − contraction "
                + Figures.amount(contraction) + " − churn " + Figures.amount(churn) + " (net new "
                + Figures.amount(netNewMrr()) + ")" + (fx.zero() ? "" : Figures.term("fx", fx)) + " = "
                + Figures.money(end) + " (" + customersAtStart + " → " + customersAtEnd + " customers)";
    }
}
