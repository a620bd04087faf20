package io.github.saasmetrics.forecast;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What retention is worth: a baseline and a scenario projected over the same horizon, side by side,
 * with the differences.
 *
 * <p>Both are {@link MrrProjection}s (see there for the formulas and the rounding). A scenario is
 * the baseline with something changed: {@code baseline.churnChangedBy(-0.01)} (churn one point
 * lower), {@code baseline.annualRetentionChangedBy(0.05)} (annual retention five points higher),
 * {@code withExpansionRate}, {@code withNewMrr}. Differences are scenario minus baseline.
 *
 * <p>Practitioners quote that "a 5 % increase in retention raises profit by 25–95 %" and that
 * acquiring a customer "costs up to 25× keeping one"; this is the computation for your own numbers
 * instead: what a change in churn does to MRR, revenue and the value of new business.
 *
 * <p>Worked example: start $100,000, new $10,000 a month, churn 3 %, expansion 2 %, contraction
 * 1 %; one point less churn halves the net loss rate (2 % to 1 %) and doubles the steady state
 * ($500,000 to $1,000,000); after 24 months MRR is $292,889.67 instead of $253,687.87.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param baseline the baseline projection, not null
 * @param scenario the scenario projection, not null, same horizon and currency
 */
public record WhatIf(MrrProjection baseline, MrrProjection scenario) implements Tabular {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a projection is null
     * @throws IllegalArgumentException if the horizons differ
     * @throws CurrencyMismatchException if the currencies differ
     */
    public WhatIf {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(scenario, "scenario");
        if (baseline.months() != scenario.months()) {
            throw new IllegalArgumentException("baseline and scenario must have the same horizon but had "
                    + baseline.months() + " and " + scenario.months() + " months");
        }
        if (!baseline.rates().startMrr().currency().equals(scenario.rates().startMrr().currency())) {
            throw new CurrencyMismatchException(baseline.rates().startMrr().currency(),
                    scenario.rates().startMrr().currency(), "what-if");
        }
    }

    /**
     * Projects a baseline and a scenario over the same horizon.
     *
     * @param baseline the baseline rates, not null
     * @param scenario the scenario rates, not null, same currency
     * @param months the horizon, from 1 to 1200
     * @return the comparison, not null
     * @throws NullPointerException if a rate set is null
     * @throws IllegalArgumentException if the horizon is out of range
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static WhatIf of(GrowthRates baseline, GrowthRates scenario, int months) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(scenario, "scenario");
        return new WhatIf(MrrProjection.of(baseline, months), MrrProjection.of(scenario, months));
    }

    /**
     * The difference in MRR at the end of the horizon.
     *
     * @return scenario minus baseline, any sign, not null
     * @throws ArithmeticException if a projected MRR does not fit in a {@code long} of minor units
     */
    public Money finalMrrDifference() {
        return scenario.finalMrr().minus(baseline.finalMrr());
    }

    /**
     * The difference in revenue over the horizon.
     *
     * @return scenario minus baseline, any sign, not null
     * @throws ArithmeticException if a projected revenue does not fit in a {@code long} of minor units
     */
    public Money revenueDifference() {
        return scenario.revenue().minus(baseline.revenue());
    }

    /**
     * The difference in the value of one month's new MRR over the horizon.
     *
     * @return scenario minus baseline, any sign, not null
     * @throws ArithmeticException if a value does not fit in a {@code long} of minor units
     */
    public Money newMrrValueDifference() {
        return scenario.newMrrValue().minus(baseline.newMrrValue());
    }

    /**
     * The difference in steady-state MRR, when both have one.
     *
     * @return scenario minus baseline, empty unless both net loss rates are positive; not null
     * @throws ArithmeticException if a steady state does not fit in a {@code long} of minor units
     */
    public Optional<Money> steadyStateDifference() {
        Optional<Money> a = baseline.rates().steadyStateMrr();
        Optional<Money> b = scenario.rates().steadyStateMrr();
        return a.isPresent() && b.isPresent() ? Optional.of(b.get().minus(a.get())) : Optional.empty();
    }

    /**
     * The two projections side by side: net loss rate, MRR at the horizon, revenue over it, the
     * value of a month's new MRR (over the horizon and for its lifetime) and the steady state.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        int n = baseline.months();
        String currency = baseline.rates().startMrr().currency().getCurrencyCode();
        TextTable.Builder t = TextTable.builder("what-if over " + n + " months (" + currency + ")", "baseline", "scenario",
                "difference");
        t.row("churn a month", pct(baseline.rates().churnRate()), pct(scenario.rates().churnRate()),
                points(scenario.rates().churnRate() - baseline.rates().churnRate()));
        t.row("net loss a month", pct(baseline.rates().netLossRate()), pct(scenario.rates().netLossRate()),
                points(scenario.rates().netLossRate() - baseline.rates().netLossRate()));
        t.row("MRR after " + n + " months", plain(baseline.finalMrr()), plain(scenario.finalMrr()),
                plain(finalMrrDifference()));
        t.row("revenue over " + n + " months", plain(baseline.revenue()), plain(scenario.revenue()),
                plain(revenueDifference()));
        t.row("a month's new MRR, value over " + n + " months", plain(baseline.newMrrValue()),
                plain(scenario.newMrrValue()), plain(newMrrValueDifference()));
        Optional<Money> a = baseline.newMrrLifetimeValue();
        Optional<Money> b = scenario.newMrrLifetimeValue();
        t.row("a month's new MRR, lifetime value", a.map(WhatIf::plain).orElse("unbounded"),
                b.map(WhatIf::plain).orElse("unbounded"),
                a.isPresent() && b.isPresent() ? plain(b.get().minus(a.get())) : "");
        Optional<Money> sa = baseline.rates().steadyStateMrr();
        Optional<Money> sb = scenario.rates().steadyStateMrr();
        t.row("steady-state MRR", sa.map(WhatIf::plain).orElse("none"), sb.map(WhatIf::plain).orElse("none"),
                steadyStateDifference().map(WhatIf::plain).orElse(""));
        return t.build().toText();
    }

    /**
     * The two projections as a typed table, one row each for {@code baseline}, {@code scenario} and
     * {@code difference} (scenario minus baseline): {@code projection} (text), {@code churn a month}
     * and {@code net loss a month} ({@link Double} rates; the difference in percentage points), then
     * {@link Money} in the projections' currency: {@code MRR after n months}, {@code revenue over n
     * months}, {@code a month's new MRR, value over n months}, {@code a month's new MRR, lifetime value}
     * and {@code steady-state MRR}. The last two are empty (undefined) when the net loss rate is not
     * positive (the lifetime value is unbounded, there is no steady state), and so is their difference
     * unless both are defined. Titled {@code What-if over 24 months (USD)}.
     *
     * <p>Example: {@code whatIf.toTable().value(2, "MRR after 24 months")} is
     * {@link #finalMrrDifference()}, such as {@code USD 39201.80}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        int n = baseline.months();
        Currency currency = baseline.rates().startMrr().currency();
        ResultTable.Builder t = ResultTable.builder("What-if over " + n + " months (" + currency.getCurrencyCode() + ")")
                .columns(Column.text("projection"), Column.rate("churn a month"), Column.rate("net loss a month"),
                        Column.money("MRR after " + n + " months", currency),
                        Column.money("revenue over " + n + " months", currency),
                        Column.money("a month's new MRR, value over " + n + " months", currency),
                        Column.money("a month's new MRR, lifetime value", currency),
                        Column.money("steady-state MRR", currency));
        for (MrrProjection p : new MrrProjection[] {baseline, scenario}) {
            t.row(p == baseline ? "baseline" : "scenario", p.rates().churnRate(), p.rates().netLossRate(), p.finalMrr(),
                    p.revenue(), p.newMrrValue(), p.newMrrLifetimeValue().orElse(null),
                    p.rates().steadyStateMrr().orElse(null));
        }
        Optional<Money> a = baseline.newMrrLifetimeValue();
        Optional<Money> b = scenario.newMrrLifetimeValue();
        t.row("difference", scenario.rates().churnRate() - baseline.rates().churnRate(),
                scenario.rates().netLossRate() - baseline.rates().netLossRate(), finalMrrDifference(),
                revenueDifference(), newMrrValueDifference(),
                a.isPresent() && b.isPresent() ? b.get().minus(a.get()) : null, steadyStateDifference().orElse(null));
        return t.footnote("difference: scenario − baseline, rates in percentage points; lifetime value and steady"
                + " state are undefined when the net loss rate is not positive").build();
    }

    private static String plain(Money m) {
        return Figures.amount(m);
    }

    private static String pct(double fraction) {
        return Figures.fixed(fraction * 100, 2) + "%";
    }

    private static String points(double fraction) {
        String s = Figures.fixed(fraction * 100, 2);
        return (fraction > 0 ? "+" : "") + s + " pts";
    }
}
