package io.github.saasmetrics.forecast;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * MRR, revenue and the value of new business projected month by month from {@link GrowthRates}.
 *
 * <p><b>Projection</b> (months {@code t = 1..N}, {@code g = 1 − λ}, {@code n} new MRR a month):
 *
 * <pre>
 *   M_t = M_{t−1} · g + n                        MRR at the end of month t
 *   R_N = Σ_{t=1..N} M_t                          revenue over the horizon (a month's revenue is its MRR)
 *   V_N = n · Σ_{j=0..N−1} g^j                    value of one month's new MRR over N months
 * </pre>
 *
 * <p>New MRR counts in full in the month it is won and then keeps {@code g} of itself each month,
 * so {@code V_N} is the revenue one month's new business brings in its first {@code N} months: a
 * cohort LTV in revenue. {@link #ltv(Money, double)} is the same for one customer starting at an
 * ARPA, times a gross margin. <b>Closed forms</b> (tested against the projection), for
 * {@code λ ≠ 0}, with {@code M* = n / λ}:
 *
 * <pre>
 *   M_t = M* + (M_0 − M*) · g^t
 *   R_N = N · M* + (M_0 − M*) · g · (1 − g^N) / λ
 *   V_N = n · (1 − g^N) / λ                       → n / λ as N → ∞ when λ > 0
 * </pre>
 *
 * <p>and for {@code λ = 0}: {@code M_t = M_0 + t·n}, {@code R_N = N·M_0 + n·N(N + 1)/2},
 * {@code V_N = N·n}. Nothing is discounted.
 *
 * <p><b>Rounding.</b> Money is computed in decimal with 34 significant digits
 * ({@code MathContext.DECIMAL128}) from the exact minor units and the decimal value of each rate,
 * never rounded between months, and rounded once, half-even, to the currency's minor unit when
 * reported; so month 60 does not carry sixty roundings, and the projection and the closed forms
 * agree to the cent. An amount beyond the range of {@code long} minor units (years of compounding
 * expansion) throws {@link ArithmeticException} naming the quantity and, for MRR, the first month
 * that does not fit.
 *
 * <p>Worked example: start $100,000, new $10,000, churn 3 %, expansion 2 %, contraction 1 %
 * ({@code λ = 2 %}, {@code M* = $500,000}): after 12 months {@code M_12 = 500,000 − 400,000 ·
 * 0.98^12 = $186,113.31}, and a year's revenue is $1,780,447.79.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rates the growth rates, not null
 * @param months the horizon {@code N}, from 1 to 1200
 */
public record MrrProjection(GrowthRates rates, int months) {

    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the horizon is out of range
     */
    public MrrProjection {
        Objects.requireNonNull(rates, "rates");
        if (months < 1 || months > 1200) {
            throw new IllegalArgumentException("months must be from 1 to 1200 but was " + months);
        }
    }

    /**
     * Projects growth rates over a horizon.
     *
     * @param rates the growth rates, not null
     * @param months the horizon in months, from 1 to 1200
     * @return the projection, not null
     * @throws IllegalArgumentException if the horizon is out of range
     */
    public static MrrProjection of(GrowthRates rates, int months) {
        return new MrrProjection(rates, months);
    }

    /** The amount rounded to the minor unit, or an exception naming the quantity when it does not fit. */
    private Money money(BigDecimal amount, String what) {
        try {
            return rates.money(amount);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException(what + " is " + Limits.quote(amount) + " "
                    + rates.startMrr().currency().getCurrencyCode()
                    + ", beyond the range of a long of minor units; project fewer months or smaller amounts");
            named.initCause(e);
            throw named;
        }
    }

    /** MRR at the end of month t of the projection, named by its month when it does not fit. */
    private Money mrrAt(List<BigDecimal> m, int t) {
        return money(m.get(t), "the projected MRR at the end of month " + t + " of " + months);
    }

    /** The first month whose MRR does not fit, so that an overflow names where it starts. */
    private void requireMrrFits(List<BigDecimal> m, int upTo) {
        for (int t = 0; t <= upTo; t++) {
            mrrAt(m, t);
        }
    }

    private BigDecimal g() {
        return BigDecimal.ONE.subtract(rates.lambda());
    }

    private List<BigDecimal> exactMrr() {
        BigDecimal g = g();
        BigDecimal n = rates.newMrr().amount();
        List<BigDecimal> out = new ArrayList<>(months + 1);
        BigDecimal m = rates.startMrr().amount();
        out.add(m);
        for (int t = 1; t <= months; t++) {
            m = m.multiply(g, MC).add(n, MC);
            out.add(m);
        }
        return out;
    }

    /**
     * The projected MRR at the end of each month, {@code M_0..M_N}.
     *
     * @return {@code N + 1} amounts, the first the start, each rounded half-even once; not null
     * @throws ArithmeticException if a month's MRR does not fit in a {@code long} of minor units (the message
     *     names the first such month)
     */
    public List<Money> mrr() {
        List<BigDecimal> m = exactMrr();
        List<Money> out = new ArrayList<>(m.size());
        for (int t = 0; t < m.size(); t++) {
            out.add(mrrAt(m, t));
        }
        return List.copyOf(out);
    }

    /**
     * The projected MRR at the end of the horizon, {@code M_N}.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the MRR does not fit in a {@code long} of minor units (the message names the
     *     first month whose MRR does not)
     */
    public Money finalMrr() {
        List<BigDecimal> m = exactMrr();
        // MRR moves monotonically from the start (which fits) towards the steady state, so the first month that
        // does not fit is found by the scan only when the last one does not.
        try {
            return rates.money(m.get(months));
        } catch (ArithmeticException e) {
            requireMrrFits(m, months);
            throw e;
        }
    }

    /**
     * The revenue over the horizon, {@code R_N = Σ_{t=1..N} M_t}.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the revenue does not fit in a {@code long} of minor units
     */
    public Money revenue() {
        List<BigDecimal> m = exactMrr();
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 1; t <= months; t++) {
            sum = sum.add(m.get(t), MC);
        }
        return money(sum, "the projected revenue over " + months + " months");
    }

    /** Σ_{j=0..N−1} g^j, summed month by month. */
    private BigDecimal kept() {
        BigDecimal g = g();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = BigDecimal.ONE;
        for (int j = 0; j < months; j++) {
            sum = sum.add(power, MC);
            power = power.multiply(g, MC);
        }
        return sum;
    }

    /**
     * The value of one month's new MRR over the horizon, {@code V_N = n · Σ_{j<N} g^j}: the revenue
     * that month's new business brings in its first {@code N} months.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the value does not fit in a {@code long} of minor units
     */
    public Money newMrrValue() {
        return money(rates.newMrr().amount().multiply(kept(), MC), "the value of a month's new MRR over " + months
                + " months");
    }

    /**
     * The lifetime value over the horizon of one customer starting at an ARPA, whose MRR keeps
     * {@code g} of itself each month: {@code ARPA × margin × Σ_{j<N} g^j}.
     *
     * @param arpa the customer's starting MRR, not null, zero or more, same currency
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @return the amount, not null
     * @throws NullPointerException if {@code arpa} is null
     * @throws io.github.saasmetrics.money.CurrencyMismatchException if {@code arpa} is in another currency
     * @throws IllegalArgumentException if an argument is out of range
     * @throws ArithmeticException if the value does not fit in a {@code long} of minor units
     */
    public Money ltv(Money arpa, double grossMargin) {
        return money(marginOf(arpa, grossMargin).multiply(kept(), MC), "the lifetime value over " + months
                + " months of arpa " + arpa + " at grossMargin " + grossMargin);
    }

    /**
     * The lifetime value without a horizon, {@code ARPA × margin / λ}, when {@code λ > 0}.
     *
     * @param arpa the customer's starting MRR, not null, zero or more, same currency
     * @param grossMargin the gross margin, in {@code [0, 1]}
     * @return the amount, empty when {@code λ ≤ 0} (the value is unbounded); not null
     * @throws NullPointerException if {@code arpa} is null
     * @throws io.github.saasmetrics.money.CurrencyMismatchException if {@code arpa} is in another currency
     * @throws IllegalArgumentException if an argument is out of range
     * @throws ArithmeticException if the value does not fit in a {@code long} of minor units (a tiny net loss rate)
     */
    public Optional<Money> lifetimeLtv(Money arpa, double grossMargin) {
        BigDecimal value = marginOf(arpa, grossMargin);
        BigDecimal lambda = rates.lambda();
        return lambda.signum() <= 0 ? Optional.empty() : Optional.of(money(value.divide(lambda, MC),
                "the lifetime value of arpa " + arpa + " at grossMargin " + grossMargin + " and net loss rate "
                        + Limits.quote(lambda)));
    }

    private BigDecimal marginOf(Money arpa, double grossMargin) {
        Objects.requireNonNull(arpa, "arpa");
        if (!arpa.currency().equals(rates.startMrr().currency())) {
            throw new io.github.saasmetrics.money.CurrencyMismatchException(rates.startMrr().currency(),
                    arpa.currency(), "arpa");
        }
        if (arpa.negative()) {
            throw new IllegalArgumentException("arpa must not be negative but was " + arpa);
        }
        if (!(grossMargin >= 0 && grossMargin <= 1)) {
            throw new IllegalArgumentException("grossMargin must be in [0, 1] but was " + grossMargin);
        }
        return arpa.amount().multiply(BigDecimal.valueOf(grossMargin));
    }

    /**
     * {@code M_t} by its closed form.
     *
     * @param t the month, from 0 to 1200
     * @return the amount, not null
     * @throws IllegalArgumentException if {@code t} is out of range
     * @throws ArithmeticException if the MRR does not fit in a {@code long} of minor units
     */
    public Money mrrClosedForm(int t) {
        if (t < 0 || t > 1200) {
            throw new IllegalArgumentException("t must be from 0 to 1200 but was " + t);
        }
        BigDecimal m0 = rates.startMrr().amount();
        BigDecimal n = rates.newMrr().amount();
        BigDecimal lambda = rates.lambda();
        if (lambda.signum() == 0) {
            return money(m0.add(n.multiply(BigDecimal.valueOf(t))), "the MRR at the end of month " + t);
        }
        BigDecimal star = n.divide(lambda, MC);
        return money(star.add(m0.subtract(star).multiply(g().pow(t, MC), MC), MC), "the MRR at the end of month " + t);
    }

    /**
     * {@code R_N} by its closed form.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the revenue does not fit in a {@code long} of minor units
     */
    public Money revenueClosedForm() {
        BigDecimal m0 = rates.startMrr().amount();
        BigDecimal n = rates.newMrr().amount();
        BigDecimal lambda = rates.lambda();
        BigDecimal bigN = BigDecimal.valueOf(months);
        if (lambda.signum() == 0) {
            return money(bigN.multiply(m0).add(n.multiply(BigDecimal.valueOf((long) months * (months + 1) / 2))),
                    "the projected revenue over " + months + " months");
        }
        BigDecimal star = n.divide(lambda, MC);
        BigDecimal g = g();
        BigDecimal geometric = g.multiply(BigDecimal.ONE.subtract(g.pow(months, MC)), MC).divide(lambda, MC);
        return money(bigN.multiply(star, MC).add(m0.subtract(star).multiply(geometric, MC), MC),
                "the projected revenue over " + months + " months");
    }

    /**
     * {@code V_N} by its closed form.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the value does not fit in a {@code long} of minor units
     */
    public Money newMrrValueClosedForm() {
        BigDecimal n = rates.newMrr().amount();
        BigDecimal lambda = rates.lambda();
        String what = "the value of a month's new MRR over " + months + " months";
        if (lambda.signum() == 0) {
            return money(n.multiply(BigDecimal.valueOf(months)), what);
        }
        return money(n.multiply(BigDecimal.ONE.subtract(g().pow(months, MC)), MC).divide(lambda, MC), what);
    }

    /**
     * The lifetime value of one month's new MRR, {@code n / λ}, when {@code λ > 0}.
     *
     * @return the amount, empty when {@code λ ≤ 0}; not null
     * @throws ArithmeticException if the value does not fit in a {@code long} of minor units (a tiny net loss rate)
     */
    public Optional<Money> newMrrLifetimeValue() {
        BigDecimal lambda = rates.lambda();
        return lambda.signum() <= 0 ? Optional.empty()
                : Optional.of(money(rates.newMrr().amount().divide(lambda, MC), "the lifetime value of a month's new MRR"
                        + " at net loss rate " + Limits.quote(lambda)));
    }

    /**
     * The rates and a table of the MRR and revenue to date at each month.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        List<BigDecimal> m = exactMrr();
        TextTable.Builder t = TextTable.builder("month", "MRR", "revenue to date");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= months; i++) {
            sum = sum.add(m.get(i), MC);
            if (i <= 12 || i % 12 == 0 || i == months) {
                t.row(i, Figures.amount(rates.money(m.get(i))), Figures.amount(rates.money(sum)));
            }
        }
        return rates + "\n" + t.build().toText();
    }
}
