package io.github.saasmetrics.retention;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.table.Figures;
import java.util.Objects;

/**
 * A benchmark band: the range of annual customer churn reported for companies of an age, with the
 * source of the figures.
 *
 * <p>The age range is half-open, {@code [fromYears, toYears)}, with no upper limit when
 * {@code toYears} is null. Example: companies younger than three years, annual churn 4 % to 24 %:
 * {@code ChurnBenchmark.of(0, 3.0, 0.04, 0.24, "…")}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param fromYears the youngest company age of the band, in years, finite, zero or more
 * @param toYears the age from which the band no longer applies, above {@code fromYears}; null for no limit
 * @param low the lowest annual churn of the band, in {@code [0, 1]}
 * @param high the highest annual churn of the band, in {@code [low, 1]}
 * @param source where the figures come from, not null, not blank
 */
public record ChurnBenchmark(double fromYears, Double toYears, double low, double high, String source) {

    /**
     * Validates the band.
     *
     * @throws IllegalArgumentException if an age or rate is out of range or the source is blank
     */
    public ChurnBenchmark {
        if (!(fromYears >= 0) || !Double.isFinite(fromYears)) {
            throw new IllegalArgumentException("fromYears must be finite and not negative but was " + fromYears);
        }
        if (toYears != null && (!(toYears > fromYears) || !Double.isFinite(toYears))) {
            throw new IllegalArgumentException("toYears must be finite and above fromYears (" + fromYears + ") but was "
                    + toYears);
        }
        if (!(low >= 0 && low <= 1)) {
            throw new IllegalArgumentException("low must be in [0, 1] but was " + low);
        }
        if (!(high >= low && high <= 1)) {
            throw new IllegalArgumentException("high must be in [low, 1] = [" + low + ", 1] but was " + high);
        }
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank but was '" + Limits.quote(source) + "'");
        }
        fromYears += 0.0;
    }

    /**
     * A band with an upper age limit.
     *
     * @param fromYears the youngest age, in years, zero or more
     * @param toYears the age from which the band no longer applies, above {@code fromYears}
     * @param low the lowest annual churn, in {@code [0, 1]}
     * @param high the highest annual churn, in {@code [low, 1]}
     * @param source where the figures come from, not blank
     * @return the band, not null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ChurnBenchmark of(double fromYears, double toYears, double low, double high, String source) {
        return new ChurnBenchmark(fromYears, toYears, low, high, source);
    }

    /**
     * A band for every age from {@code fromYears} on.
     *
     * @param fromYears the youngest age, in years, zero or more
     * @param low the lowest annual churn, in {@code [0, 1]}
     * @param high the highest annual churn, in {@code [low, 1]}
     * @param source where the figures come from, not blank
     * @return the band, not null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ChurnBenchmark from(double fromYears, double low, double high, String source) {
        return new ChurnBenchmark(fromYears, null, low, high, source);
    }

    /**
     * Whether a company of this age falls in the band: {@code fromYears ≤ age < toYears}.
     *
     * @param ageYears the company's age in years, finite, zero or more
     * @return true if the band applies
     */
    public boolean covers(double ageYears) {
        return ageYears >= fromYears && (toYears == null || ageYears < toYears);
    }

    /**
     * Whether two bands share an age.
     *
     * @param other the other band, not null
     * @return true if their age ranges overlap
     */
    public boolean overlaps(ChurnBenchmark other) {
        boolean otherEndsAfterThisStarts = other.toYears == null || other.toYears > fromYears;
        boolean thisEndsAfterOtherStarts = toYears == null || toYears > other.fromYears;
        return otherEndsAfterThisStarts && thisEndsAfterOtherStarts;
    }

    /**
     * The companies the band is for, such as {@code younger than 3 years}, {@code 3 to 10 years} or
     * {@code 10 years and older}.
     *
     * @return the description, not null
     */
    public String ages() {
        if (toYears == null) {
            return Figures.number(fromYears) + " years and older";
        }
        if (fromYears == 0) {
            return "younger than " + Figures.number(toYears) + " years";
        }
        return Figures.number(fromYears) + " to " + Figures.number(toYears) + " years";
    }

    /**
     * A one-line summary such as {@code younger than 3 years: annual churn 4% to 24%}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return ages() + ": annual churn " + Figures.percent(low) + " to " + Figures.percent(high);
    }
}
