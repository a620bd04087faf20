package io.github.saasmetrics.forecast;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A business's monthly MRR dynamics: the MRR to start from, the new MRR won each month, and the
 * churn, expansion and contraction rates as fractions of MRR per month. The input of
 * {@link MrrProjection} and {@link WhatIf}.
 *
 * <p><b>The model.</b> With {@code M_t} the MRR at the end of month {@code t} ({@code M_0} = the
 * start), {@code n} the new MRR per month and the <em>net loss rate</em>
 * {@code λ = churn + contraction − expansion}:
 *
 * <pre>
 *   M_t = M_{t−1} · (1 − λ) + n                                     the projection
 *   M_t = M* + (M_0 − M*) · (1 − λ)^t,   M* = n / λ                  closed form, λ ≠ 0
 *   M_t = M_0 + t · n                                                λ = 0
 * </pre>
 *
 * <p>{@code M*} is the <b>steady-state MRR</b>: when {@code λ > 0} the MRR tends to it from any
 * start (losses grow with MRR until they equal the new MRR). When expansion outweighs churn and
 * contraction ({@code λ ≤ 0}) MRR grows without limit and there is no steady state.
 *
 * <p><b>From a bridge table</b> ({@link #of(MrrBridgeTable)}): over its months, the rates are the
 * pooled ratios {@code Σ churn / Σ start MRR}, {@code Σ expansion / Σ start}, {@code Σ contraction /
 * Σ start} (as {@code stats.Ratio}s of minor units, so a month with more MRR weighs more), the new
 * MRR is the monthly average of new business plus reactivation, rounded half-even to the minor
 * unit, and the start is the table's last end. FX is left out: it is neither won nor lost.
 *
 * <p><b>Numbers.</b> Money is exact minor units; rates are doubles, taken at their decimal value
 * ({@code 0.03} is three hundredths) when money is multiplied by them.
 *
 * <p>Worked example: start $100,000, new $10,000 a month, churn 3 %, expansion 2 %, contraction
 * 1 %: {@code λ = 2 %}, steady state $500,000.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param startMrr {@code M_0}, the MRR to project from, zero or more
 * @param newMrr {@code n}, new MRR won per month (new business and reactivation), zero or more, same currency
 * @param churnRate MRR lost to churn per month, as a fraction of MRR, in {@code [0, 1]}
 * @param expansionRate MRR gained by expansion per month, as a fraction of MRR, in {@code [0, 1]}
 * @param contractionRate MRR lost to contraction per month, as a fraction of MRR, in {@code [0, 1]}; churn plus
 *     contraction at most 1
 */
public record GrowthRates(Money startMrr, Money newMrr, double churnRate, double expansionRate,
        double contractionRate) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if an amount is null
     * @throws IllegalArgumentException if an amount is negative or a rate out of range
     * @throws CurrencyMismatchException if the two amounts are in different currencies
     */
    public GrowthRates {
        Objects.requireNonNull(startMrr, "startMrr");
        Objects.requireNonNull(newMrr, "newMrr");
        if (!startMrr.currency().equals(newMrr.currency())) {
            throw new CurrencyMismatchException(startMrr.currency(), newMrr.currency(), "growth rates");
        }
        if (startMrr.negative()) {
            throw new IllegalArgumentException("startMrr must not be negative but was " + startMrr);
        }
        if (newMrr.negative()) {
            throw new IllegalArgumentException("newMrr must not be negative but was " + newMrr);
        }
        rate("churnRate", churnRate);
        rate("expansionRate", expansionRate);
        rate("contractionRate", contractionRate);
        if (BigDecimal.valueOf(churnRate).add(BigDecimal.valueOf(contractionRate)).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("churnRate + contractionRate must be at most 1 (no more than all MRR can be"
                    + " lost) but were " + churnRate + " + " + contractionRate);
        }
        churnRate += 0.0;
        expansionRate += 0.0;
        contractionRate += 0.0;
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1] but was " + value);
        }
    }

    /**
     * Growth rates as given.
     *
     * @param startMrr the MRR to project from, zero or more
     * @param newMrr new MRR per month, zero or more, same currency
     * @param churnRate churn per month as a fraction of MRR, in {@code [0, 1]}
     * @param expansionRate expansion per month as a fraction of MRR, in {@code [0, 1]}
     * @param contractionRate contraction per month as a fraction of MRR, in {@code [0, 1]}
     * @return the rates, not null
     * @throws NullPointerException if an amount is null
     * @throws IllegalArgumentException if an argument is out of range
     * @throws CurrencyMismatchException if the two amounts are in different currencies
     */
    public static GrowthRates of(Money startMrr, Money newMrr, double churnRate, double expansionRate,
            double contractionRate) {
        return new GrowthRates(startMrr, newMrr, churnRate, expansionRate, contractionRate);
    }

    /**
     * The growth rates of a bridge table's months, projected from its last end (see the class
     * documentation).
     *
     * @param table consecutive monthly bridges, not null, not empty, with some MRR at the start of a month
     * @return the rates, not null
     * @throws NullPointerException if the table is null
     * @throws IllegalArgumentException if the table is empty, a bridge is not one month, or no month starts with MRR
     *     (the rates are undefined)
     * @throws ArithmeticException if the start MRR summed over the months, or the table's total, overflows a
     *     {@code long} of minor units (the message names the bridge where it does)
     */
    public static GrowthRates of(MrrBridgeTable table) {
        Objects.requireNonNull(table, "table");
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a bridge table without months has no growth rates");
        }
        MrrBridge total = table.total();
        for (MrrBridge b : table) {
            if (b.period().months().size() != 1) {
                throw new IllegalArgumentException("growth rates are monthly: bridge " + b.period()
                        + " is not one month");
            }
        }
        long start = 0;
        for (MrrBridge b : table) {
            try {
                start = Math.addExact(start, b.start().minorUnits());
            } catch (ArithmeticException e) {
                ArithmeticException named = new ArithmeticException("the start MRR summed over the bridges from "
                        + table.get(0).period() + " to " + b.period() + " overflows a long of minor units at bridge "
                        + b.period() + " (start " + b.start() + ")");
                named.initCause(e);
                throw named;
            }
        }
        if (start == 0) {
            throw new IllegalArgumentException("the growth rates of " + total.period() + " are undefined: no month"
                    + " starts with MRR");
        }
        Money won;
        try {
            won = total.newBusiness().plus(total.reactivation()).dividedBy(table.size(), RoundingMode.HALF_EVEN);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("the new MRR of " + total.period() + ", new business "
                    + total.newBusiness() + " plus reactivation " + total.reactivation()
                    + ", overflows a long of minor units");
            named.initCause(e);
            throw named;
        }
        return new GrowthRates(total.end(), won, Ratio.of(total.churn().minorUnits(), start).value(),
                Ratio.of(total.expansion().minorUnits(), start).value(),
                Ratio.of(total.contraction().minorUnits(), start).value());
    }

    /**
     * The net loss rate {@code λ = churn + contraction − expansion} per month; negative when
     * expansion outweighs the losses.
     *
     * @return λ, in {@code [−1, 1]}
     */
    public double netLossRate() {
        return lambda().doubleValue();
    }

    /**
     * The steady-state MRR {@code M* = n / λ}, to which MRR tends when {@code λ > 0}.
     *
     * @return the steady state rounded half-even to the minor unit, empty when {@code λ ≤ 0} (MRR grows without
     *     limit); not null
     * @throws ArithmeticException if the steady state does not fit in a {@code long} of minor units (a tiny net loss
     *     rate)
     */
    public Optional<Money> steadyStateMrr() {
        BigDecimal lambda = lambda();
        if (lambda.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal steady = newMrr.amount().divide(lambda, MathContext.DECIMAL128);
        try {
            return Optional.of(money(steady));
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("the steady-state MRR newMrr / net loss rate = " + newMrr
                    + " / " + Limits.quote(lambda) + " is " + Limits.quote(steady) + ", beyond the range of a long of"
                    + " minor units");
            named.initCause(e);
            throw named;
        }
    }

    /**
     * A copy with another churn rate.
     *
     * @param rate churn per month, in {@code [0, 1]}
     * @return the copy, not null
     * @throws IllegalArgumentException if the rate is outside {@code [0, 1]} or churn plus contraction exceeds 1
     */
    public GrowthRates withChurnRate(double rate) {
        return new GrowthRates(startMrr, newMrr, rate, expansionRate, contractionRate);
    }

    /**
     * A copy with another expansion rate.
     *
     * @param rate expansion per month, in {@code [0, 1]}
     * @return the copy, not null
     * @throws IllegalArgumentException if the rate is outside {@code [0, 1]}
     */
    public GrowthRates withExpansionRate(double rate) {
        return new GrowthRates(startMrr, newMrr, churnRate, rate, contractionRate);
    }

    /**
     * A copy with another contraction rate.
     *
     * @param rate contraction per month, in {@code [0, 1]}
     * @return the copy, not null
     * @throws IllegalArgumentException if the rate is outside {@code [0, 1]} or churn plus contraction exceeds 1
     */
    public GrowthRates withContractionRate(double rate) {
        return new GrowthRates(startMrr, newMrr, churnRate, expansionRate, rate);
    }

    /**
     * A copy with another new MRR per month.
     *
     * @param amount new MRR per month, zero or more, same currency
     * @return the copy, not null
     * @throws NullPointerException if the amount is null
     * @throws IllegalArgumentException if the amount is negative
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    public GrowthRates withNewMrr(Money amount) {
        return new GrowthRates(startMrr, amount, churnRate, expansionRate, contractionRate);
    }

    /**
     * A copy with the churn rate moved by some percentage points: {@code churnChangedBy(-0.01)} is
     * "churn one point lower".
     *
     * @param points the change, as a fraction (−0.01 for one point less)
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code points} is not finite or the new churn rate is outside {@code [0, 1]}
     */
    public GrowthRates churnChangedBy(double points) {
        if (!Double.isFinite(points)) {
            throw new IllegalArgumentException("points must be finite but was " + points);
        }
        double changed = BigDecimal.valueOf(churnRate).add(BigDecimal.valueOf(points)).doubleValue();
        if (!(changed >= 0 && changed <= 1)) {
            throw new IllegalArgumentException("churn " + churnRate + " changed by " + points + " is " + changed
                    + ", outside [0, 1]");
        }
        return withChurnRate(changed);
    }

    /**
     * A copy with the <em>annual</em> retention from churn moved by some percentage points:
     * {@code annualRetentionChangedBy(0.05)} is "retention 5 points higher". The annual retention is
     * {@code (1 − churn)^12}; the new monthly churn is {@code 1 − (annual retention + points)^(1/12)}
     * ({@link ChurnConversions}).
     *
     * <p>Example: 3 % churn a month keeps {@code 0.97^12 = 69.4 %} a year; five points more, 74.4 %,
     * is 2.43 % churn a month.
     *
     * @param points the change of annual retention, as a fraction (0.05 for five points)
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code points} is not finite or the new annual retention is outside
     *     {@code [0, 1]}
     */
    public GrowthRates annualRetentionChangedBy(double points) {
        if (!Double.isFinite(points)) {
            throw new IllegalArgumentException("points must be finite but was " + points);
        }
        double retention = 1 - ChurnConversions.annualChurn(churnRate);
        double changed = retention + points;
        if (!(points >= -1 && points <= 1)) {
            throw new IllegalArgumentException("points must be from -1 to 1 (a change of annual retention) but was "
                    + points);
        }
        if (!(changed >= 0 && changed <= 1)) {
            throw new IllegalArgumentException("annual retention " + Figures.percent(retention) + " changed by "
                    + Figures.number(points * 100) + " points is " + Figures.percent(changed) + ", outside [0, 100%]");
        }
        return withChurnRate(ChurnConversions.monthlyChurn(1 - changed));
    }

    /** λ as the exact decimal of the rates. */
    BigDecimal lambda() {
        return BigDecimal.valueOf(churnRate).add(BigDecimal.valueOf(contractionRate))
                .subtract(BigDecimal.valueOf(expansionRate));
    }

    /** An exact amount rounded half-even to the currency's minor unit. */
    Money money(BigDecimal amount) {
        return Money.of(startMrr.currency(),
                amount.setScale(startMrr.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN));
    }

    /**
     * A one-line summary such as {@code start USD 100000.00, new USD 10000.00 a month, churn 3%,
     * expansion 2%, contraction 1% (net loss 2%)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "start " + Figures.money(startMrr) + ", new " + Figures.money(newMrr) + " a month, churn " + Figures.fixed(churnRate * 100, 2)
                + "%, expansion " + Figures.fixed(expansionRate * 100, 2) + "%, contraction "
                + Figures.fixed(contractionRate * 100, 2) + "% (net loss " + Figures.fixed(netLossRate() * 100, 2)
                + "% a month)";
    }
}
