package io.github.saasmetrics.retention;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Annual customer churn benchmarks by company age, and where a measured churn rate falls.
 *
 * <p><b>The default bands</b> ({@link #defaults()}) are the figures practitioners quote for SaaS
 * companies: companies <em>younger than three years</em> see annual churn anywhere from
 * <b>4 % to 24 %</b>, and companies of <em>ten years and more</em> from <b>2 % to 4 %</b>. These
 * figures circulate in SaaS practitioner writing (blogs, benchmark round-ups) without the survey
 * behind them being named, so treat them as rough orientation, and replace them with your own
 * segment's benchmarks where you have them. The sources give <b>no band for companies of 3 to 10
 * years</b>: a company of that age is compared with nothing ({@link BenchmarkPosition#NO_BAND})
 * unless you add a band with {@link #with(ChurnBenchmark)}; the library does not interpolate one.
 *
 * <p><b>Comparison</b> ({@link #compare(double, RatePeriod, double)}): a monthly rate is converted
 * to an annual one, {@code 1 − (1 − monthly)^12} ({@link ChurnConversions}), and placed below, in
 * or above the band for the company's age, with the distance to the band in percentage points of
 * annual churn. Example: 3 % a month is 30.6 % a year, 6.6 points above the 4–24 % band of a
 * two-year-old company.
 *
 * <p>Bands must not overlap; they are kept in age order.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param bands the bands, not null, no two overlapping; kept in age order
 */
public record ChurnBenchmarks(List<ChurnBenchmark> bands) {

    /** The source named for the default bands. */
    public static final String PRACTITIONER_FIGURES = "rule of thumb quoted by SaaS practitioners, not a published survey";

    private static final ChurnBenchmarks DEFAULTS = new ChurnBenchmarks(List.of(
            ChurnBenchmark.of(0, 3, 0.04, 0.24, PRACTITIONER_FIGURES),
            ChurnBenchmark.from(10, 0.02, 0.04, PRACTITIONER_FIGURES)));

    /**
     * Validates, sorts and copies the bands.
     *
     * @throws IllegalArgumentException if two bands overlap
     */
    public ChurnBenchmarks {
        List<ChurnBenchmark> sorted = new ArrayList<>(Objects.requireNonNull(bands, "bands"));
        sorted.forEach(b -> Objects.requireNonNull(b, "band"));
        sorted.sort(Comparator.comparingDouble(ChurnBenchmark::fromYears));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("benchmark bands must not overlap but '" + Limits.quote(sorted.get(i - 1))
                        + "' and '" + Limits.quote(sorted.get(i)) + "' do");
            }
        }
        bands = List.copyOf(sorted);
    }

    /**
     * The default bands: younger than 3 years, 4 % to 24 %; 10 years and older, 2 % to 4 %; none in
     * between (see the class documentation for the source).
     *
     * @return the default benchmarks, not null
     */
    public static ChurnBenchmarks defaults() {
        return DEFAULTS;
    }

    /**
     * These benchmarks and one more band, such as your own for 3 to 10 years.
     *
     * @param band the band, not null, overlapping none of these
     * @return the extended benchmarks, not null
     * @throws IllegalArgumentException if the band overlaps one of these
     */
    public ChurnBenchmarks with(ChurnBenchmark band) {
        List<ChurnBenchmark> more = new ArrayList<>(bands);
        more.add(Objects.requireNonNull(band, "band"));
        return new ChurnBenchmarks(more);
    }

    /**
     * The band for a company's age.
     *
     * @param ageYears the company's age in years, finite, zero or more
     * @return the band, empty when none covers the age
     * @throws IllegalArgumentException if the age is negative or not finite
     */
    public Optional<ChurnBenchmark> bandFor(double ageYears) {
        checkAge(ageYears);
        return bands.stream().filter(b -> b.covers(ageYears)).findFirst();
    }

    /**
     * Places a measured churn rate against the band for the company's age.
     *
     * <p>Example: {@code compare(0.03, RatePeriod.MONTHLY, 2)}: annual churn 30.6 %, 6.6 points
     * above the 4–24 % band.
     *
     * @param rate the measured churn rate over {@code period}, in {@code [0, 1]}
     * @param period the period of the rate, not null
     * @param ageYears the company's age in years, finite, zero or more
     * @return the comparison, not null; {@link BenchmarkPosition#NO_BAND} when no band covers the age
     * @throws IllegalArgumentException if the rate or age is out of range
     */
    public ChurnBenchmarkComparison compare(double rate, RatePeriod period, double ageYears) {
        Objects.requireNonNull(period, "period");
        double annual = period.toAnnual(rate);
        return new ChurnBenchmarkComparison(rate, period, annual, ageYears, bandFor(ageYears).orElse(null));
    }

    /**
     * Places a measured churn rate, as a counted ratio such as {@link CustomerChurn#rate}, against
     * the band for the company's age.
     *
     * @param rate the measured churn over {@code period}, not null, defined, from 0 to 1
     * @param period the period of the rate, not null
     * @param ageYears the company's age in years, finite, zero or more
     * @return the comparison, not null
     * @throws IllegalArgumentException if the ratio is undefined or above 1, or the age is out of range
     */
    public ChurnBenchmarkComparison compare(Ratio rate, RatePeriod period, double ageYears) {
        Objects.requireNonNull(rate, "rate");
        if (!rate.defined()) {
            throw new IllegalArgumentException("cannot compare an undefined churn rate (" + rate + ") with a benchmark");
        }
        return compare(rate.value(), period, ageYears);
    }

    static void checkAge(double ageYears) {
        if (!(ageYears >= 0) || !Double.isFinite(ageYears)) {
            throw new IllegalArgumentException("ageYears must be finite and not negative but was " + ageYears);
        }
    }

    /**
     * The bands as a table: company age, low, high, source.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        TextTable.Builder t = TextTable.builder("company age", "annual churn from", "to", "<source");
        for (ChurnBenchmark b : bands) {
            t.row(b.ages(), Figures.percent(b.low()), Figures.percent(b.high()), b.source());
        }
        return t.build().toText();
    }
}
