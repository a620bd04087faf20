package io.github.saasmetrics.retention;

import io.github.saasmetrics.stats.Binomial;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * "Is this month's churn normal?": a month's churned customers compared with what a baseline churn
 * rate leads one to expect, by an exact binomial test.
 *
 * <p><b>The test.</b> Of the {@code n} customers paying at the start of the month, {@code k} pay
 * nothing at its end. Under the baseline, each of them leaves independently with probability
 * {@code p₀} (the pooled rate of the trailing months, {@link ChurnAlerts}), so {@code k} is
 * binomial {@code B(n, p₀)}:
 *
 * <pre>
 *   expected  = n · p₀
 *   p-value   = P(X ≥ k)                              one-sided: only more churn than expected is alarming
 *   range     = [l, u], l = min{l : P(X ≤ l) > α},  u = max{u : P(X ≥ u) > α}
 *   flagged   ⟺ p-value ≤ α ⟺ k > u
 * </pre>
 *
 * <p>The probabilities are exact ({@link Binomial}), not a normal or Poisson approximation, so a
 * small base is judged as fairly as a large one. A count below {@code l} is
 * {@linkplain #unusuallyLow() unusually low}, reported but never flagged. The test assumes customers
 * leave independently; a shared cause (an outage, a price change) is exactly what it is meant to
 * reveal. Over many months, about one in {@code 1/α} is flagged by chance alone.
 *
 * <p><b>MRR.</b> Churned MRR is a sum of unequal amounts and has no binomial law; when the alert
 * comes from a ledger, {@link #mrr()} holds the same question for MRR under the same baseline,
 * answered with a normal approximation (see {@link ChurnedMrrCheck}). Only the logo test sets
 * {@link #flagged()}.
 *
 * <p><b>Worked example.</b> Trailing months: 90 of 3,000 customer-months churned, {@code p₀ = 3 %}.
 * This month 12 of 200 customers left: expected 6, range 2 to 10 at {@code α = 0.05},
 * {@code P(X ≥ 12) = 0.0184}: flagged.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param month the month tested, not null
 * @param customersAtStart {@code n}: customers paying at the start of the month, zero or more
 * @param churned {@code k}: of them, those paying nothing at its end, from 0 to {@code n}
 * @param baseline the baseline churn rate, churned over customers at start pooled over the baseline months, defined,
 *     from 0 to 1
 * @param significance {@code α}, strictly between 0 and 0.5
 * @param mrr the same question for churned MRR, null when the alert was made from counts alone
 */
public record ChurnAlert(YearMonth month, long customersAtStart, long churned, Ratio baseline, double significance,
        ChurnedMrrCheck mrr) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a count or rate is out of range or the baseline is undefined, or the
     *     customers at the start at the baseline rate have a variance {@code n p (1 − p)} above
     *     {@link io.github.saasmetrics.stats.Binomial#MAX_VARIANCE} (hundreds of millions of customers), whose
     *     exact binomial test is not computed
     */
    public ChurnAlert {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(baseline, "baseline");
        if (customersAtStart < 0) {
            throw new IllegalArgumentException("customersAtStart must not be negative but was " + customersAtStart);
        }
        if (churned < 0 || churned > customersAtStart) {
            throw new IllegalArgumentException("churned must be from 0 to customersAtStart (" + customersAtStart
                    + ") but was " + churned);
        }
        if (!baseline.defined()) {
            throw new IllegalArgumentException("the baseline churn rate of " + month + " is undefined (" + baseline
                    + "): nobody paid at the start of a baseline month, so there is nothing to compare with");
        }
        if (baseline.numerator() < 0 || baseline.numerator() > baseline.denominator()) {
            throw new IllegalArgumentException("baseline must be a rate from 0 to 1 but was " + baseline);
        }
        if (!(significance > 0 && significance < 0.5)) {
            throw new IllegalArgumentException("significance must be strictly between 0 and 0.5 but was "
                    + significance);
        }
    }

    /**
     * An alert from counts.
     *
     * <p>Example: {@code of(YearMonth.of(2024, 12), 200, 12, Ratio.of(90, 3000), 0.05)} is flagged
     * with {@code p = 0.0184}.
     *
     * @param month the month tested, not null
     * @param customersAtStart customers paying at the start of the month, zero or more
     * @param churned of them, those who left, from 0 to {@code customersAtStart}
     * @param baseline the baseline churn rate, not null, defined, from 0 to 1
     * @param significance {@code α}, strictly between 0 and 0.5
     * @return the alert, not null
     * @throws IllegalArgumentException if a count or rate is out of range, or the customers at the start at the
     *     baseline rate have a variance {@code n p (1 − p)} above
     *     {@link io.github.saasmetrics.stats.Binomial#MAX_VARIANCE}, whose exact binomial test is not computed
     */
    public static ChurnAlert of(YearMonth month, long customersAtStart, long churned, Ratio baseline,
            double significance) {
        return new ChurnAlert(month, customersAtStart, churned, baseline, significance, null);
    }

    /**
     * The churn rate of the month, {@code k / n}.
     *
     * @return the rate, undefined when nobody paid at the start, not null
     */
    public Ratio rate() {
        return customersAtStart == 0 ? Ratio.UNDEFINED : Ratio.of(churned, customersAtStart);
    }

    /**
     * The expected number of churned customers under the baseline, {@code n · p₀}.
     *
     * @return the expectation, zero or more
     */
    public double expectedChurned() {
        return customersAtStart * baseline.value();
    }

    /**
     * The one-sided p-value {@code P(X ≥ k)} under the baseline: how likely this many churned
     * customers or more would be if nothing had changed.
     *
     * @return the p-value, in {@code [0, 1]}
     */
    public double pValue() {
        return Binomial.upperTail(churned, customersAtStart, baseline.value());
    }

    /**
     * The lowest count that is not unusually low: {@code min{l : P(X ≤ l) > α}}.
     *
     * @return the bound, from 0 to {@code n}
     */
    public long expectedLow() {
        return Binomial.lowerBound(customersAtStart, baseline.value(), significance);
    }

    /**
     * The highest count that is not flagged: {@code max{u : P(X ≥ u) > α}}.
     *
     * @return the bound, from {@link #expectedLow()} to {@code n}
     */
    public long expectedHigh() {
        return Binomial.upperBound(customersAtStart, baseline.value(), significance);
    }

    /**
     * Whether the month's churn is unusually high: {@code P(X ≥ k) ≤ α}, equivalently
     * {@code k > expectedHigh()}.
     *
     * @return true if flagged
     */
    public boolean flagged() {
        return churned > expectedHigh();
    }

    /**
     * Whether the month's churn is unusually low: {@code k < expectedLow()}. Reported, never flagged.
     *
     * @return true if below the expected range
     */
    public boolean unusuallyLow() {
        return churned < expectedLow();
    }

    /**
     * A one-line verdict, such as {@code 2024-12: 12 of 200 customers churned (6.00%), expected 6 (2 to 10
     * at α = 0.05) from 3.00% (90/3,000); p = 0.0184: unusually high}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        String verdict = flagged() ? "unusually high" : unusuallyLow() ? "unusually low" : "within the expected range";
        return month + ": " + Figures.grouped(churned) + " of " + Figures.grouped(customersAtStart)
                + " customers churned (" + percent(rate()) + "), expected " + Figures.significant(expectedChurned())
                + " (" + Figures.grouped(expectedLow()) + " to " + Figures.grouped(expectedHigh())
                + " at α = " + Figures.number(significance) + ") from " + baseline + "; p = "
                + String.format(Locale.ROOT, "%.4g", pValue()) + ": " + verdict;
    }

    private static String percent(Ratio r) {
        return r.defined() ? Figures.fixedPercent(r.value()) : "undefined";
    }
}
