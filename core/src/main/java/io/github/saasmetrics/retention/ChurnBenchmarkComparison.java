package io.github.saasmetrics.retention;

import io.github.saasmetrics.table.Figures;
import java.util.Objects;
import java.util.Optional;

/**
 * A measured churn rate placed against the benchmark band for the company's age (see
 * {@link ChurnBenchmarks}).
 *
 * <p>{@link #position()} is {@link BenchmarkPosition#BELOW}, {@code WITHIN} (ends included),
 * {@code ABOVE} or {@code NO_BAND}; {@link #pointsOutside()} says by how much, in percentage points
 * of annual churn: {@code annual − high} above the band, {@code low − annual} below it, 0 within.
 * Example: 3 % a month at two years old is 30.6 % a year, {@code ABOVE} by 6.6 points.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measured the rate as measured, over {@code period}, in {@code [0, 1]}
 * @param period the period of the measured rate, not null
 * @param annualChurn the measured rate as an annual rate, in {@code [0, 1]}
 * @param ageYears the company's age in years, finite, zero or more
 * @param band the band for that age, null when none covers it
 */
public record ChurnBenchmarkComparison(double measured, RatePeriod period, double annualChurn, double ageYears,
        ChurnBenchmark band) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a rate or the age is out of range, the annual rate does not follow from the
     *     measured one, or the band does not cover the age
     */
    public ChurnBenchmarkComparison {
        Objects.requireNonNull(period, "period");
        if (!(annualChurn >= 0 && annualChurn <= 1)) {
            throw new IllegalArgumentException("annualChurn must be in [0, 1] but was " + annualChurn);
        }
        if (period.toAnnual(measured) != annualChurn) {
            throw new IllegalArgumentException("annualChurn " + annualChurn + " is not the " + period
                    + " rate " + measured + " converted to a year (" + period.toAnnual(measured) + ")");
        }
        ChurnBenchmarks.checkAge(ageYears);
        if (band != null && !band.covers(ageYears)) {
            throw new IllegalArgumentException("band '" + band + "' does not cover a company of " + ageYears + " years");
        }
    }

    /**
     * The band, if one covers the company's age.
     *
     * @return the band, not null, possibly empty
     */
    public Optional<ChurnBenchmark> benchmark() {
        return Optional.ofNullable(band);
    }

    /**
     * Where the annual churn falls against the band.
     *
     * @return the position, not null
     */
    public BenchmarkPosition position() {
        if (band == null) {
            return BenchmarkPosition.NO_BAND;
        }
        if (annualChurn > band.high()) {
            return BenchmarkPosition.ABOVE;
        }
        return annualChurn < band.low() ? BenchmarkPosition.BELOW : BenchmarkPosition.WITHIN;
    }

    /**
     * The distance to the band in percentage points of annual churn (as a fraction: 0.066 is 6.6
     * points): {@code annual − high} above, {@code low − annual} below, 0 within.
     *
     * @return the distance, zero or more
     * @throws IllegalStateException if no band covers the company's age
     */
    public double pointsOutside() {
        if (band == null) {
            throw new IllegalStateException("no benchmark band covers a company of " + Figures.number(ageYears)
                    + " years");
        }
        return switch (position()) {
            case ABOVE -> annualChurn - band.high();
            case BELOW -> band.low() - annualChurn;
            default -> 0;
        };
    }

    /**
     * A one-line verdict, such as {@code annual churn 30.6% (3.00% a month) is 6.6 points above the 4% to 24% band
     * for companies younger than 3 years}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        String rate = "annual churn " + Figures.percent(annualChurn)
                + (period == RatePeriod.MONTHLY ? " (" + Figures.fixed(measured * 100, 2) + "% a month)" : "");
        if (band == null) {
            return rate + ": no benchmark band for a company of " + Figures.number(ageYears) + " years";
        }
        String bandText = Figures.percent(band.low()) + " to " + Figures.percent(band.high()) + " band for companies "
                + band.ages();
        return switch (position()) {
            case WITHIN -> rate + " is within the " + bandText;
            case ABOVE -> rate + " is " + Figures.fixed(pointsOutside() * 100, 1) + " points above the " + bandText;
            default -> rate + " is " + Figures.fixed(pointsOutside() * 100, 1) + " points below the " + bandText;
        };
    }
}
