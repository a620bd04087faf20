package io.github.saasmetrics.retention;

import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Normal;
import io.github.saasmetrics.table.Figures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * The MRR side of a {@link ChurnAlert}: is the MRR churned in a month unusually high under the
 * baseline churn rate?
 *
 * <p><b>What is used.</b> The same null hypothesis as the logo test: each customer paying at the
 * start of the month, whatever its size, leaves independently with the baseline probability
 * {@code p₀}. With {@code x_i} the customers' MRR at the start (minor units), churned MRR
 * {@code Σ x_i B_i} (with {@code B_i} Bernoulli {@code p₀}) has
 *
 * <pre>
 *   expected = p₀ · Σ x_i               variance = p₀ (1 − p₀) · Σ x_i²
 *   z = (churned MRR − expected) / √variance          p-value ≈ 1 − Φ(z)
 * </pre>
 *
 * <p>A sum of unequal amounts has no exact law that is practical to compute, so the p-value is a
 * <em>normal approximation</em>. It is good when many customers of similar size pay; with a few
 * large accounts (one of them leaving dominates the sum) it is rough, and the logo test, which is
 * exact, is the one that sets the alert. Read a low MRR p-value with normal logo churn as "the
 * customers who left were large". With zero variance ({@code p₀} 0 or 1, or no MRR) the p-value is
 * 0 when more than expected churned and 1 otherwise.
 *
 * <p>Worked example: 4 customers at $100 and one at $600 ($1,000, {@code Σ x² = 400,000} dollars²)
 * with {@code p₀ = 5 %}: expected $50.00, standard deviation √(0.05 · 0.95 · 400,000) = $137.84;
 * the $600 account leaving gives {@code z = 3.99}, {@code p ≈ 3.3e-5}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param startMrr {@code Σ x_i}: the MRR of the customers paying at the start, zero or more
 * @param churnedMrr the MRR at the start of those who pay nothing at the end, from zero to {@code startMrr}
 * @param startMrrSquares {@code Σ x_i²} in squared minor units, not null, zero or more
 * @param baselineRate {@code p₀}, from 0 to 1
 */
public record ChurnedMrrCheck(Money startMrr, Money churnedMrr, BigInteger startMrrSquares, double baselineRate) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if an amount or rate is out of range
     * @throws CurrencyMismatchException if the amounts' currencies differ
     */
    public ChurnedMrrCheck {
        Objects.requireNonNull(startMrr, "startMrr");
        Objects.requireNonNull(churnedMrr, "churnedMrr");
        Objects.requireNonNull(startMrrSquares, "startMrrSquares");
        if (!startMrr.currency().equals(churnedMrr.currency())) {
            throw new CurrencyMismatchException(startMrr.currency(), churnedMrr.currency(), "churned MRR check");
        }
        if (churnedMrr.negative() || churnedMrr.compareTo(startMrr) > 0) {
            throw new IllegalArgumentException("churnedMrr must be from zero to startMrr (" + startMrr + ") but was "
                    + churnedMrr);
        }
        if (startMrrSquares.signum() < 0) {
            throw new IllegalArgumentException("startMrrSquares must not be negative but was " + startMrrSquares);
        }
        if (!(baselineRate >= 0 && baselineRate <= 1)) {
            throw new IllegalArgumentException("baselineRate must be in [0, 1] but was " + baselineRate);
        }
    }

    /**
     * The expected churned MRR, {@code p₀ · Σ x_i}, rounded half-even to the minor unit.
     *
     * @return the expectation, not null
     */
    public Money expected() {
        BigDecimal exact = startMrr.amount().multiply(BigDecimal.valueOf(baselineRate));
        return Money.of(startMrr.currency(), exact.setScale(startMrr.currency().getDefaultFractionDigits(),
                RoundingMode.HALF_EVEN));
    }

    /**
     * The standard deviation of churned MRR under the baseline, {@code √(p₀ (1 − p₀) Σ x_i²)}, in
     * major units of the currency.
     *
     * @return the standard deviation, zero or more
     */
    public double standardDeviation() {
        double minor = Math.sqrt(baselineRate * (1 - baselineRate) * startMrrSquares.doubleValue());
        return minor / Math.pow(10, startMrr.currency().getDefaultFractionDigits());
    }

    /**
     * The standardised excess {@code z = (churned − expected) / standard deviation}, from the
     * unrounded expectation.
     *
     * @return z, finite; 0 when the variance is 0
     */
    public double z() {
        double sd = standardDeviation();
        return sd == 0 ? 0 : (churnedMrr.amount().doubleValue() - exactExpected()) / sd;
    }

    /**
     * The one-sided p-value by the normal approximation, {@code 1 − Φ(z)}.
     *
     * @return the approximate p-value, in {@code [0, 1]}
     */
    public double pValue() {
        if (standardDeviation() == 0) {
            return churnedMrr.amount().doubleValue() > exactExpected() ? 0 : 1;
        }
        return Normal.complementaryCdf(z());
    }

    private double exactExpected() {
        return startMrr.amount().multiply(BigDecimal.valueOf(baselineRate), MathContext.DECIMAL64).doubleValue();
    }

    /**
     * A one-line summary such as {@code churned MRR USD 600.00 of USD 1000.00, expected USD 50.00
     * (SD 137.8), z 3.99, p ≈ 3.3e-05 (normal approximation)}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "churned MRR " + churnedMrr + " of " + startMrr + ", expected " + expected() + " (SD "
                + Figures.significant(standardDeviation()) + "), z " + Figures.fixed(z(), 2) + ", p ≈ "
                + String.format(Locale.ROOT, "%.2g", pValue()) + " (normal approximation)";
    }
}
