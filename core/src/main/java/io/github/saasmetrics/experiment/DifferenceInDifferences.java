package io.github.saasmetrics.experiment;

import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;

import io.github.saasmetrics.table.TextTable;

import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.StudentT;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import javax.annotation.Nullable;

/**
 * A value experiment: did the product move a KPI? A <em>target</em> group that uses the product (or
 * a feature, or a success programme) and a <em>control</em> group that does not are each measured
 * before and after; the difference-in-differences estimate is the target group's mean change minus
 * the control group's, so that whatever moved both groups (season, pricing, the market) cancels.
 *
 * <p><b>Formula.</b> With {@code Δ = after − before} per unit, group means {@code Δ̄ₜ}, {@code Δ̄꜀},
 * sample variances {@code s²ₜ}, {@code s²꜀} and sizes {@code nₜ}, {@code n꜀}:
 * <pre>
 *     effect = Δ̄ₜ − Δ̄꜀
 *     SE     = √(s²ₜ/nₜ + s²꜀/n꜀)
 *     df     = (s²ₜ/nₜ + s²꜀/n꜀)² / ((s²ₜ/nₜ)²/(nₜ − 1) + (s²꜀/n꜀)²/(n꜀ − 1))     (Welch–Satterthwaite)
 *     CI     = effect ± t_{(1+level)/2, df} · SE
 * </pre>
 * This is Welch's two-sample t procedure applied to the per-unit changes: the two groups' variances
 * need not be equal, and the t quantile comes from {@link StudentT}. The p-value is two-sided,
 * {@code 2 · P(T_df > |effect| / SE)}.
 *
 * <p><b>Assumptions</b> (the estimate is causal only if they hold):
 * <ul>
 *   <li><b>Parallel trends:</b> without the product, the target group's KPI would have changed as
 *       much as the control group's. Groups chosen because they were already improving (or already
 *       struggling) break it; compare their earlier trends before trusting the result.</li>
 *   <li><b>Same units before and after (paired):</b> each unit is measured in both periods; units
 *       that left in between are not in the data, so state how churned units were handled, as
 *       their leaving may itself be an effect.</li>
 *   <li><b>Independent units, no spill-over:</b> one unit's treatment does not change another's
 *       KPI, and control units are not exposed to the product.</li>
 *   <li><b>No other change at the same time</b> that hits only one group (a price change, a new
 *       account manager).</li>
 *   <li><b>Mean changes roughly normal:</b> the t interval is exact for normal changes and
 *       approximately right for other distributions once each group has a few dozen units; heavy
 *       tails (a few huge accounts) need more.</li>
 * </ul>
 *
 * <p><b>Edge cases.</b> The effect needs at least one unit per group; the standard error, degrees of
 * freedom, interval and p-value need two. If neither group varies ({@code SE = 0}) the interval is
 * the single point {@code [effect, effect]}, and the degrees of freedom and the p-value are
 * undefined and throw {@link IllegalStateException}.
 *
 * <p><b>Worked example.</b> Target: before 10, 12, 14, 16 and after 14, 15, 19, 20 (changes 4, 3,
 * 5, 4: mean 4, variance 2/3). Control: before 11, 13, 15, 17 and after 12, 13, 17, 18 (changes 1,
 * 0, 2, 1: mean 1, variance 2/3). Effect 4 − 1 = 3, SE = √(2/3/4 + 2/3/4) = 0.5774, df = 6, and
 * the 95 % interval is {@code 3 ± 2.4469 × 0.5774 = [1.587, 4.413]}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param target the group that uses the product, not null
 * @param control the comparison group, not null
 */
public record DifferenceInDifferences(KpiChanges target, KpiChanges control) implements Tabular {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a group is null
     */
    public DifferenceInDifferences {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(control, "control");
    }

    /**
     * Sets up the estimate for two groups.
     *
     * @param target the group that uses the product, not null
     * @param control the comparison group, not null
     * @return the estimate, not null
     */
    public static DifferenceInDifferences of(KpiChanges target, KpiChanges control) {
        return new DifferenceInDifferences(target, control);
    }

    /**
     * The estimated effect, {@code Δ̄ₜ − Δ̄꜀}, computed exactly from the sums and rounded once.
     *
     * @return the effect, in KPI units, finite
     * @throws IllegalStateException if a group is empty
     * @throws ArithmeticException if the effect is beyond the range of a double (changes near
     *     {@code ±Double.MAX_VALUE} in opposite directions)
     */
    public double effect() {
        if (target.count() == 0 || control.count() == 0) {
            throw new IllegalStateException("the effect needs at least one unit per group but had " + target.count()
                    + " target and " + control.count() + " control units");
        }
        BigDecimal nt = BigDecimal.valueOf(target.count());
        BigDecimal nc = BigDecimal.valueOf(control.count());
        return KpiChanges.finite("the effect (mean change of target minus mean change of control)",
                target.sumChange().multiply(nc).subtract(control.sumChange().multiply(nt))
                        .divide(nt.multiply(nc), KpiChanges.PRECISION));
    }

    private void requireTwoPerGroup() {
        if (target.count() < 2 || control.count() < 2) {
            throw new IllegalStateException("the standard error needs at least 2 units per group but had "
                    + target.count() + " target and " + control.count() + " control units");
        }
    }

    private double targetTerm() {
        return target.variance() / target.count();
    }

    private double controlTerm() {
        return control.variance() / control.count();
    }

    /**
     * The standard error of the effect, {@code √(s²ₜ/nₜ + s²꜀/n꜀)}.
     *
     * @return the standard error, 0 or more, finite
     * @throws IllegalStateException if a group has fewer than 2 units
     * @throws ArithmeticException if a group's variance is beyond the range of a double
     */
    public double standardError() {
        requireTwoPerGroup();
        return Math.sqrt(targetTerm() + controlTerm());
    }

    /**
     * The Welch–Satterthwaite degrees of freedom, between {@code min(nₜ, n꜀) − 1} and {@code nₜ + n꜀ − 2}.
     *
     * @return the degrees of freedom, positive, possibly fractional
     * @throws IllegalStateException if a group has fewer than 2 units, or neither group varies
     * @throws ArithmeticException if a group's variance is beyond the range of a double
     */
    public double degreesOfFreedom() {
        requireTwoPerGroup();
        double a = targetTerm();
        double b = controlTerm();
        if (a + b == 0) {
            throw new IllegalStateException("the degrees of freedom are undefined: neither group's KPI change varies");
        }
        double df = (a + b) * (a + b) / (a * a / (target.count() - 1) + b * b / (control.count() - 1));
        if (Double.isFinite(df)) {
            return df;
        }
        // Squares of terms beyond about 1e154 overflow and of terms below about 1e-162 underflow; the same
        // quotient in shares of a + b (each from 0 to 1) does neither.
        double s = a + b;
        double x = a / s;
        double y = b / s;
        return 1 / (x * x / (target.count() - 1) + y * y / (control.count() - 1));
    }

    /**
     * The Welch confidence interval, {@code effect ± t_{(1+level)/2, df} · SE}.
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for 95 %)
     * @return the interval, not null; a single point when neither group varies
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     * @throws IllegalStateException if a group has fewer than 2 units
     * @throws ArithmeticException if the effect, a variance or a bound is beyond the range of a double
     */
    public ConfidenceInterval interval(double level) {
        ConfidenceInterval.checkLevel(level);
        double effect = effect();
        double se = standardError();
        if (se == 0) {
            return new ConfidenceInterval(effect, effect, level);
        }
        double margin = StudentT.twoSidedCritical(level, degreesOfFreedom()) * se;
        if (!Double.isFinite(effect - margin) || !Double.isFinite(effect + margin)) {
            throw new ArithmeticException("the interval effect ± margin = " + effect + " ± " + margin + " at level "
                    + level + " is beyond the range of a double");
        }
        return new ConfidenceInterval(effect - margin, effect + margin, level);
    }

    /**
     * The two-sided p-value of "no effect", {@code 2 · P(T_df > |effect| / SE)}.
     *
     * @return the p-value, from 0 to 1
     * @throws IllegalStateException if a group has fewer than 2 units, or neither group varies
     * @throws ArithmeticException if the effect or a variance is beyond the range of a double
     */
    public double pValue() {
        double df = degreesOfFreedom();
        return Math.min(1, 2 * StudentT.complementaryCdf(Math.abs(effect()) / standardError(), df));
    }

    /**
     * The two groups and their difference as a typed table titled {@code Difference in differences:
     * target against control}, with the estimate line of {@link #toString()} (effect, SE, Welch df,
     * 95% interval, p-value) as a footnote. Rows {@code target} and {@code control}, then
     * {@code target − control}, whose mean change is the {@linkplain #effect() effect}. Columns:
     * {@code group} (TEXT), {@code units} (COUNT), {@code mean before}, {@code mean after},
     * {@code mean change} and {@code SD of change} (DECIMAL, with the decimals that show the smallest
     * of them to 4 significant digits, as the text does; undefined for an empty group, or a group of
     * one for the SD).
     *
     * <p>Example (the worked example): {@code target − control, —, -1.0000, 2.0000, 3.0000, —}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        BigDecimal[][] values = {groupValues(target), groupValues(control), new BigDecimal[4]};
        for (int c = 0; c < 2; c++) {
            if (values[0][c] != null && values[1][c] != null) {
                values[2][c] = values[0][c].subtract(values[1][c]);
            }
        }
        values[2][2] = target.count() == 0 || control.count() == 0 ? null : cell(this::effect);
        int decimals = 0;
        for (BigDecimal[] row : values) {
            for (BigDecimal value : row) {
                if (value != null && value.signum() != 0) {
                    int leading = value.precision() - value.scale() - 1;
                    decimals = Math.max(decimals, Math.min(Column.MAX_DECIMALS, 3 - leading));
                }
            }
        }
        ResultTable.Builder table = ResultTable.builder("Difference in differences: target against control")
                .columns(Column.text("group"), Column.count("units"), Column.decimal("mean before", decimals),
                        Column.decimal("mean after", decimals), Column.decimal("mean change", decimals),
                        Column.decimal("SD of change", decimals));
        table.row("target", target.count(), values[0][0], values[0][1], values[0][2], values[0][3]);
        table.row("control", control.count(), values[1][0], values[1][1], values[1][2], values[1][3]);
        table.row("target − control", null, values[2][0], values[2][1], values[2][2], null);
        return table.footnote(summary()).build();
    }

    /** Mean before, mean after, mean change and SD of change of a group; null where undefined. */
    private static BigDecimal[] groupValues(KpiChanges g) {
        boolean any = g.count() > 0;
        return new BigDecimal[] {any ? cell(g::meanBefore) : null, any ? cell(g::meanAfter) : null,
            any ? cell(g::meanChange) : null, g.count() > 1 ? cell(g::standardDeviation) : null};
    }

    /** The value as a decimal cell, null when it is beyond the range of a double. */
    @Nullable
    private static BigDecimal cell(DoubleSupplier value) {
        try {
            return DecimalCells.of(value.getAsDouble());
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * The two groups as an aligned table, and a line with the estimate and its 95 % interval.
     *
     * @return the report, not null
     */
    @Override
    public String toString() {
        return table().toText() + "\n" + summary();
    }

    /**
     * The same report with a Markdown table.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return table().toMarkdown() + "\n\n" + summary();
    }

    private TextTable table() {
        TextTable.Builder table = TextTable.builder("group", ">units", ">mean before", ">mean after", ">mean change",
                ">SD of change");
        row(table, "target", target);
        row(table, "control", control);
        return table.build();
    }

    private static void row(TextTable.Builder table, String name, KpiChanges g) {
        boolean any = g.count() > 0;
        String none = Figures.UNDEFINED;
        table.row(name, Long.toString(g.count()), any ? Figures.significant(g.meanBefore()) : none,
                any ? Figures.significant(g.meanAfter()) : none, any ? Figures.signed(g.meanChange()) : none,
                g.count() > 1 ? Figures.significant(g.standardDeviation()) : none);
    }

    private String summary() {
        if (target.count() == 0 || control.count() == 0) {
            return "effect undefined: a group has no units";
        }
        String line = "effect " + Figures.signed(effect());
        if (target.count() < 2 || control.count() < 2) {
            return line + " (no standard error: a group has fewer than 2 units)";
        }
        double se = standardError();
        if (se == 0) {
            return line + ", SE 0 (neither group varies)";
        }
        ConfidenceInterval ci = interval(0.95);
        return line + ", SE " + Figures.significant(se) + ", Welch df " + Figures.fixed(degreesOfFreedom(), 1)
                + ", 95% CI [" + Figures.significant(ci.lower()) + ", " + Figures.significant(ci.upper()) + "], p "
                + Figures.pValue(pValue());
    }
}
