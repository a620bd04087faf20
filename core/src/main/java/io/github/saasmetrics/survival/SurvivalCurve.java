package io.github.saasmetrics.survival;

import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.IntervalScale;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Normal;
import java.util.AbstractList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import javax.annotation.Nullable;

/**
 * A Kaplan–Meier survival curve: for each distinct tenure at which customers churned or were
 * censored, the number at risk, the churn events, the censorings, the estimate {@code S(t)}, its
 * Greenwood standard error and a pointwise confidence interval. Built by {@link KaplanMeier}.
 *
 * <p><b>Estimate.</b> {@code S(t) = Π_{t_i ≤ t} (1 − d_i / n_i)}, with {@code d_i} churn events at
 * {@code t_i} and {@code n_i} customers at risk just before (tenure at least {@code t_i}; customers
 * censored at {@code t_i} are at risk at {@code t_i}: events come before censorings on ties, as in
 * R). <b>Variance</b> (Greenwood): {@code Var S(t) = S(t)² · Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i))};
 * the square root of the sum is the standard error of {@code log S} (R's {@code fit$std.err}),
 * and {@link SurvivalRow#stdErr()} is that times {@code S} (R's {@code summary(fit)$std.err}). The
 * interval's scale is a {@link ConfidenceTransform} (default {@link ConfidenceTransform#LOG}, 95 %,
 * as R); {@link #withConfidence} changes it.
 *
 * <p><b>Median and quantiles</b> follow R's {@code print.survfit}: the {@code p}-quantile is the
 * first row time at which {@code S ≤ 1 − p} (with R's tolerance {@code √ε ≈ 1.5e-8}); if {@code S}
 * equals {@code 1 − p} there and falls lower later, it is the midpoint between that time and the
 * next event time (so an even-sized uncensored sample gets its usual median). The interval applies
 * the same rule to the lower curve (lower bound) and the upper curve (upper bound).
 *
 * <p><b>Worked example</b> (R's {@code aml} data, 23 customers, 18 churned): {@code S(5) = 21/23 =
 * 0.913043} with standard error 0.058753; median 27 with 95 % log interval 18 to 45; restricted
 * mean up to 100 of 31.3126 (SE 5.7864). These and every row agree with R's {@code survfit}
 * to {@code 1e-9} (tested).
 *
 * <p><b>Delayed entry</b> ({@link KaplanMeier#fitDelayedEntry}): a customer first observed at a
 * tenure {@code e > 0} is at risk only at tenures {@code t} with {@code e < t ≤} its exit, as in
 * R's {@code Surv(start, stop, event)}, so {@code n_i} counts the customers that have entered before
 * {@code t_i} and not left before it. {@link #entries()} keeps how many entered at each such
 * tenure; the estimate, Greenwood's variance and the intervals are the same formulas with that
 * {@code n_i}.
 *
 * <p><b>Merging.</b> The curve keeps the counts it was computed from; {@link #plus} pools two
 * curves of disjoint customers into exactly the curve of all of them.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"transform", "level", "rows", "entries"})
public final class SurvivalCurve implements Tabular {

    /** R's tolerance when comparing a survival value with a target probability. */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));
    private static final int TEXT_HEAD = 20;
    private static final int TEXT_TAIL = 10;

    private final double[] time;
    private final long[] events;
    private final long[] censored;
    private final long[] atRisk;
    /** Distinct entry tenures above 0, increasing, and how many customers entered at each. */
    private final double[] entryTimes;
    private final long[] entryCounts;
    private final long total;
    private final double[] survival;
    /** Greenwood's sum Σ d/(n(n − d)); infinite only where S is 0, which is never exposed. */
    private final double[] greenwood;
    private final ConfidenceTransform transform;
    private final double level;
    private final double[] lower;
    private final double[] upper;

    private SurvivalCurve(double[] time, long[] events, long[] censored, long[] atRisk, double[] entryTimes,
            long[] entryCounts, long total, double[] survival, double[] greenwood, ConfidenceTransform transform,
            double level) {
        this.time = time;
        this.events = events;
        this.censored = censored;
        this.atRisk = atRisk;
        this.entryTimes = entryTimes;
        this.entryCounts = entryCounts;
        this.total = total;
        this.survival = survival;
        this.greenwood = greenwood;
        this.transform = Objects.requireNonNull(transform, "transform");
        this.level = ConfidenceInterval.checkLevel(level);
        double z = Normal.twoSidedCritical(level);
        int size = time.length;
        this.lower = new double[size];
        this.upper = new double[size];
        for (int i = 0; i < size; i++) {
            double logSe = Math.sqrt(greenwood[i]);
            lower[i] = transform.lower(survival[i], logSe, z);
            upper[i] = transform.upper(survival[i], logSe, z);
        }
    }

    /**
     * Computes the curve from distinct, increasing times and their counts; the arrays are owned
     * by the curve afterwards.
     */
    static SurvivalCurve fromCounts(double[] time, long[] events, long[] censored, ConfidenceTransform transform,
            double level) {
        return fromCounts(time, events, censored, new double[0], new long[0], transform, level);
    }

    /**
     * Computes the curve from distinct, increasing exit times and their counts, and the distinct,
     * increasing entry tenures above 0 with their counts; the arrays are owned by the curve
     * afterwards. Customers not in the entry counts entered at 0.
     */
    static SurvivalCurve fromCounts(double[] time, long[] events, long[] censored, double[] entryTimes,
            long[] entryCounts, ConfidenceTransform transform, double level) {
        int size = time.length;
        if (size == 0) {
            throw new IllegalStateException("a survival curve needs at least one tenure but there were none");
        }
        long total = 0;
        for (int i = 0; i < size; i++) {
            total = count(count(total, events[i], "customers up to time", time[i]), censored[i],
                    "customers up to time", time[i]);
        }
        long late = 0;
        for (int i = 0; i < entryCounts.length; i++) {
            late = count(late, entryCounts[i], "customers entered late up to time", entryTimes[i]);
        }
        if (late > total) {
            throw new IllegalArgumentException("more customers entered late (" + late + ") than the curve has ("
                    + total + ")");
        }
        long[] atRisk = new long[size];
        double[] survival = new double[size];
        double[] greenwood = new double[size];
        // n = entered before t (those entering at 0 from the start) minus those that left before t.
        long n = total - late;
        int entry = 0;
        double s = 1;
        double sum = 0;
        for (int i = 0; i < size; i++) {
            while (entry < entryTimes.length && entryTimes[entry] < time[i]) {
                n += entryCounts[entry++];
            }
            long d = events[i];
            if (n < d + censored[i]) {
                throw new IllegalArgumentException("at time " + time[i] + " " + (d + censored[i])
                        + " customers leave but only " + n + " are at risk: an exit must come after its entry");
            }
            atRisk[i] = n;
            if (d > 0) {
                s *= (double) (n - d) / n;
                sum += n == d ? Double.POSITIVE_INFINITY : (double) d / ((double) n * (n - d));
            }
            survival[i] = s;
            greenwood[i] = sum;
            n -= d + censored[i];
        }
        return new SurvivalCurve(time, events, censored, atRisk, entryTimes, entryCounts, total, survival, greenwood,
                transform, level);
    }

    @JsonCreator
    private static SurvivalCurve fromJson(@JsonProperty("rows") List<SurvivalRow> rows,
            @JsonProperty("transform") ConfidenceTransform transform, @JsonProperty("level") double level,
            @JsonProperty("entries") List<EntryCount> entries) {
        Objects.requireNonNull(rows, "rows");
        List<EntryCount> late = entries == null ? List.of() : entries;
        double[] entryTimes = new double[late.size()];
        long[] entryCounts = new long[late.size()];
        for (int i = 0; i < late.size(); i++) {
            EntryCount e = Objects.requireNonNull(late.get(i), "entry");
            if (i > 0 && !(e.time() > entryTimes[i - 1])) {
                throw new IllegalArgumentException("entry times must increase but entry " + i + " has time " + e.time()
                        + " after " + entryTimes[i - 1]);
            }
            entryTimes[i] = e.time();
            entryCounts[i] = e.customers();
        }
        int size = rows.size();
        double[] time = new double[size];
        long[] events = new long[size];
        long[] censored = new long[size];
        for (int i = 0; i < size; i++) {
            SurvivalRow row = Objects.requireNonNull(rows.get(i), "row");
            if (i > 0 && !(row.time() > time[i - 1])) {
                throw new IllegalArgumentException("row times must increase but row " + i + " has time " + row.time()
                        + " after " + time[i - 1]);
            }
            if (row.events() + row.censored() == 0) {
                throw new IllegalArgumentException("row " + i + " (time " + row.time() + ") has no event and no censoring");
            }
            time[i] = row.time();
            events[i] = row.events();
            censored[i] = row.censored();
        }
        SurvivalCurve curve = fromCounts(time, events, censored, entryTimes, entryCounts, transform, level);
        for (int i = 0; i < size; i++) {
            if (!curve.row(i).equals(rows.get(i))) {
                throw new IllegalArgumentException("row " + i + " does not follow from the counts: expected "
                        + curve.row(i) + " but was " + rows.get(i));
            }
        }
        return curve;
    }

    /**
     * The same counts with another confidence transform and level.
     *
     * @param transform the scale of the intervals, not null
     * @param level the confidence level, strictly between 0 and 1
     * @return the curve with recomputed bounds, not null
     * @throws IllegalArgumentException if the level is out of range
     */
    public SurvivalCurve withConfidence(ConfidenceTransform transform, double level) {
        return new SurvivalCurve(time, events, censored, atRisk, entryTimes, entryCounts, total, survival, greenwood,
                transform, level);
    }

    /**
     * The customers that entered observation at a tenure above zero (delayed entry), by entry
     * tenure; empty for a curve of customers all observed from the start. In JSON, left out when
     * empty.
     *
     * @return the entry counts in increasing time, not null
     */
    @JsonProperty("entries")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<EntryCount> entries() {
        List<EntryCount> out = new ArrayList<>(entryTimes.length);
        for (int i = 0; i < entryTimes.length; i++) {
            out.add(new EntryCount(entryTimes[i], entryCounts[i]));
        }
        return List.copyOf(out);
    }

    /**
     * The number of customers observed from a tenure above zero.
     *
     * @return the count, zero or more
     */
    public long enteredLate() {
        long n = 0;
        for (long c : entryCounts) {
            n += c;
        }
        return n;
    }

    /**
     * The scale of the confidence intervals.
     *
     * @return the transform, not null
     */
    @JsonProperty("transform")
    public ConfidenceTransform transform() {
        return transform;
    }

    /**
     * The confidence level of the intervals.
     *
     * @return the level, strictly between 0 and 1
     */
    @JsonProperty("level")
    public double level() {
        return level;
    }

    /**
     * The number of rows: distinct tenures with at least one event or censoring.
     *
     * @return the count, at least 1
     */
    public int size() {
        return time.length;
    }

    /**
     * One row.
     *
     * @param index the row index, from 0 to {@code size() − 1}
     * @return the row, not null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public SurvivalRow row(int index) {
        Objects.checkIndex(index, time.length);
        double s = survival[index];
        double stdErr = s == 0 ? 0 : s * Math.sqrt(greenwood[index]);
        return new SurvivalRow(time[index], atRisk[index], events[index], censored[index], s, stdErr, lower[index],
                upper[index]);
    }

    /**
     * All rows, in increasing time. The list is a read-only view that creates rows on access.
     *
     * @return the rows, not null, not empty
     */
    @JsonProperty("rows")
    public List<SurvivalRow> rows() {
        return new RowList();
    }

    private final class RowList extends AbstractList<SurvivalRow> implements RandomAccess {
        @Override
        public SurvivalRow get(int index) {
            return row(index);
        }

        @Override
        public int size() {
            return time.length;
        }
    }

    /**
     * The number of customers the curve was computed from.
     *
     * @return the count, at least 1
     */
    public long customers() {
        return total;
    }

    /**
     * The number of churn events.
     *
     * @return the count, zero or more
     */
    public long churned() {
        long sum = 0;
        for (long d : events) {
            sum += d;
        }
        return sum;
    }

    /**
     * The number of censored customers (still active when observation ended).
     *
     * @return the count, zero or more
     */
    public long censored() {
        return customers() - churned();
    }

    /**
     * The estimate {@code S(t)}: the survival of the last row at or before {@code t}, 1 before the
     * first row. After the last row the curve stays at its last value (R's
     * {@code summary(fit, times, extend = TRUE)}); beyond the longest observed tenure that value is
     * an extrapolation.
     *
     * @param t the tenure, finite, zero or more
     * @return the estimate, in {@code [0, 1]}
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     */
    public double survival(double t) {
        int i = lastRowAtOrBefore(t);
        return i < 0 ? 1 : survival[i];
    }

    private int lastRowAtOrBefore(double t) {
        if (!(t >= 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("t must be finite and not negative but was " + t);
        }
        int i = Arrays.binarySearch(time, t);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The median lifetime and its confidence interval: {@code quantile(0.5)}.
     *
     * @return the median, not null; its parts are empty where not reached
     */
    public SurvivalQuantile median() {
        return quantile(0.5);
    }

    /**
     * The {@code p}-quantile of the lifetime: the first time at which {@code S ≤ 1 − p}, with the
     * midpoint rule and interval described in the class documentation.
     *
     * <p>Example ({@code aml}): {@code quantile(0.25)} is 12 with 95 % log interval 8 to 30.
     *
     * @param p the probability of having churned, strictly between 0 and 1
     * @return the quantile, not null; its parts are empty where not reached
     * @throws IllegalArgumentException if {@code p} is out of range
     */
    public SurvivalQuantile quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1 but was " + p);
        }
        double target = 1 - p;
        return SurvivalQuantile.of(p, crossing(survival, target), crossing(lower, target), crossing(upper, target),
                level);
    }

    /** R's survmean minmin: the first time the curve is at most the target, or a midpoint on an exact hit. */
    private OptionalDouble crossing(double[] curve, double target) {
        for (int i = 0; i < curve.length; i++) {
            if (curve[i] < target + TOLERANCE) {
                if (Math.abs(curve[i] - target) < TOLERANCE) {
                    for (int j = i + 1; j < curve.length; j++) {
                        if (curve[j] < curve[i]) {
                            return OptionalDouble.of((time[i] + time[j]) / 2);
                        }
                    }
                }
                return OptionalDouble.of(time[i]);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The restricted mean lifetime up to a horizon, {@code ∫₀^horizon S(t) dt}, with R's standard
     * error (see {@link RestrictedMean}).
     *
     * <p>Worked example: a curve with {@code S = 0.5} from time 2 and {@code 0.25} from time 3
     * has, up to 4, the area {@code 2 × 1 + 1 × 0.5 + 1 × 0.25 = 2.75}.
     *
     * @param horizon the upper limit, zero or more, at most {@value RestrictedMean#MAX_HORIZON}; may exceed the
     *     last row (the curve is then extended at its last value, as R does)
     * @return the restricted mean and its standard error, not null
     * @throws IllegalArgumentException if the horizon is negative, not a number or above
     *     {@value RestrictedMean#MAX_HORIZON}
     */
    public RestrictedMean restrictedMean(double horizon) {
        if (!(horizon >= 0 && horizon <= RestrictedMean.MAX_HORIZON)) {
            throw new IllegalArgumentException("horizon must be from 0 to " + RestrictedMean.MAX_HORIZON
                    + " periods (beyond, the standard error of the restricted mean could overflow a double) but was "
                    + horizon);
        }
        int last = lastRowAtOrBefore(horizon);
        double area = 0;
        double previousTime = 0;
        double previousSurvival = 1;
        for (int i = 0; i <= last; i++) {
            area += (time[i] - previousTime) * previousSurvival;
            previousTime = time[i];
            previousSurvival = survival[i];
        }
        area += (horizon - previousTime) * previousSurvival;
        // A_i = area under S from t_i to the horizon, built backwards; Var = Σ A_i² · d/(n(n − d)).
        double after = 0;
        double nextTime = horizon;
        double variance = 0;
        for (int i = last; i >= 0; i--) {
            after += (nextTime - time[i]) * survival[i];
            nextTime = time[i];
            long d = events[i];
            long n = atRisk[i];
            if (d > 0 && n > d) {
                variance += after * after * d / ((double) n * (n - d));
            }
        }
        return new RestrictedMean(horizon, Math.min(area, horizon), Math.sqrt(variance));
    }

    /**
     * Pools two curves of disjoint sets of customers: the counts at each time add up, and the
     * result is exactly the curve of all the customers together.
     *
     * @param other the other curve, not null, with the same transform and level
     * @return the pooled curve, not null
     * @throws IllegalArgumentException if the transforms or levels differ
     * @throws ArithmeticException if a pooled count does not fit in a {@code long}; the message names the count
     *     and the time
     * @throws NullPointerException if {@code other} is null
     */
    public SurvivalCurve plus(SurvivalCurve other) {
        Objects.requireNonNull(other, "other");
        if (other.transform != transform || other.level != level) {
            throw new IllegalArgumentException("cannot pool curves with different intervals: " + transform + " "
                    + level + " and " + other.transform + " " + other.level);
        }
        int capacity = time.length + other.time.length;
        double[] t = new double[capacity];
        long[] d = new long[capacity];
        long[] c = new long[capacity];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < time.length || j < other.time.length) {
            double next = j >= other.time.length || (i < time.length && time[i] <= other.time[j]) ? time[i]
                    : other.time[j];
            t[k] = next;
            if (i < time.length && time[i] == next) {
                d[k] = events[i];
                c[k] = censored[i];
                i++;
            }
            if (j < other.time.length && other.time[j] == next) {
                d[k] = count(d[k], other.events[j], "pooled churn events at time", next);
                c[k] = count(c[k], other.censored[j], "pooled censored customers at time", next);
                j++;
            }
            k++;
        }
        double[] et = new double[entryTimes.length + other.entryTimes.length];
        long[] ec = new long[et.length];
        int a = 0;
        int b = 0;
        int m = 0;
        while (a < entryTimes.length || b < other.entryTimes.length) {
            double next = b >= other.entryTimes.length || (a < entryTimes.length && entryTimes[a] <= other.entryTimes[b])
                    ? entryTimes[a] : other.entryTimes[b];
            et[m] = next;
            if (a < entryTimes.length && entryTimes[a] == next) {
                ec[m] = entryCounts[a++];
            }
            if (b < other.entryTimes.length && other.entryTimes[b] == next) {
                ec[m] = count(ec[m], other.entryCounts[b++], "pooled late entries at time", next);
            }
            m++;
        }
        return fromCounts(Arrays.copyOf(t, k), Arrays.copyOf(d, k), Arrays.copyOf(c, k), Arrays.copyOf(et, m),
                Arrays.copyOf(ec, m), transform, level);
    }

    /** {@code a + b} of two counts, or an {@link ArithmeticException} naming what they count and both. */
    private static long count(long a, long b, String what, double time) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("the " + what + " " + time + ", " + a + " + " + b
                    + ", overflow a long");
            named.initCause(e);
            throw named;
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof SurvivalCurve other && transform == other.transform && level == other.level
                && Arrays.equals(time, other.time) && Arrays.equals(events, other.events)
                && Arrays.equals(censored, other.censored) && Arrays.equals(entryTimes, other.entryTimes)
                && Arrays.equals(entryCounts, other.entryCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transform, level, Arrays.hashCode(time), Arrays.hashCode(events),
                Arrays.hashCode(censored), Arrays.hashCode(entryTimes), Arrays.hashCode(entryCounts));
    }

    /**
     * Every row as a typed table, titled {@code Kaplan–Meier survival: N customers, D churned, C
     * censored} (and how many entered late), with the median and the interval scale as footnotes.
     * Columns: {@code time} (DECIMAL, as many decimals as the longest time needs), {@code at risk},
     * {@code churned} and {@code censored} (COUNT), {@code survival} and {@code std.err} (DECIMAL, 4
     * decimals), {@code 95% CI} (INTERVAL, 4 decimals, plain; headed with the curve's level).
     *
     * <p>Example (R's {@code aml}): the row of time 13 reads {@code 13, 17, 1, 1, 0.6957, 0.0959,
     * [0.5309, 0.9116]}.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        int decimals = 0;
        BigDecimal[] times = new BigDecimal[time.length];
        for (int i = 0; i < time.length; i++) {
            times[i] = DecimalCells.of(time[i]);
            decimals = Math.max(decimals, Math.min(Column.MAX_DECIMALS, times[i].stripTrailingZeros().scale()));
        }
        long late = enteredLate();
        ResultTable.Builder table = ResultTable.builder("Kaplan–Meier survival: " + customers() + " customers"
                + (late == 0 ? "" : " (" + late + " entered late)") + ", " + churned() + " churned, " + censored()
                + " censored")
                .columns(Column.decimal("time", decimals), Column.count("at risk"), Column.count("churned"),
                        Column.count("censored"), Column.decimal("survival", 4), Column.decimal("std.err", 4),
                        Column.interval(Figures.level(level) + "% CI", 4, IntervalScale.PLAIN));
        for (int i = 0; i < time.length; i++) {
            SurvivalRow row = row(i);
            table.row(times[i], row.atRisk(), row.events(), row.censored(), DecimalCells.of(row.survival()),
                    DecimalCells.of(row.stdErr()), new ConfidenceInterval(row.lower(), row.upper(), level));
        }
        return table.footnote(median().toString())
                .footnote(transform.name().toLowerCase(Locale.ROOT).replace('_', '-') + " intervals")
                .build();
    }

    /**
     * A summary line and the table of rows, as R's {@code summary(fit, censored = TRUE)}; a curve of
     * more than 30 rows shows the first 20 and the last 10.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return text();
    }

    /**
     * The full table of rows as Markdown: {@link #toTable()}'s, with the median and the interval
     * type as footnotes.
     *
     * @return the Markdown table, not null
     */
    public String toMarkdown() {
        return toTable().toMarkdown();
    }

    private String text() {
        String percent = Figures.level(level);
        String[] header = {"time", "at risk", "churned", "censored", "survival", "std.err", "lower " + percent + "%",
            "upper " + percent + "%"};
        List<String[]> rows = new ArrayList<>();
        int size = time.length;
        boolean shorten = size > TEXT_HEAD + TEXT_TAIL;
        for (int i = 0; i < size; i++) {
            if (shorten && i == TEXT_HEAD) {
                rows.add(new String[] {"… " + (size - TEXT_HEAD - TEXT_TAIL) + " more rows …"});
                i = size - TEXT_TAIL;
            }
            SurvivalRow row = row(i);
            rows.add(new String[] {Figures.number(row.time()), Figures.grouped(row.atRisk()),
                Figures.grouped(row.events()), Figures.grouped(row.censored()), Figures.probability(row.survival()),
                Figures.probability(row.stdErr()),
                Figures.probability(row.lower()), Figures.probability(row.upper())});
        }
        long late = enteredLate();
        String title = "Kaplan–Meier: " + Figures.grouped(customers()) + " customers" + (late == 0 ? ""
                : " (" + Figures.grouped(late) + " entered late)") + ", " + Figures.grouped(churned()) + " churned, "
                + Figures.grouped(censored()) + " censored; " + median() + ", "
                + transform.name().toLowerCase(Locale.ROOT).replace('_', '-') + " intervals";
        return TextTable.numeric(header, rows).toText(title);
    }
}
