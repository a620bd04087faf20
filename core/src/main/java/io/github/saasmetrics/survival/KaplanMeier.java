package io.github.saasmetrics.survival;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The Kaplan–Meier estimator of customer survival from tenures, some of them right-censored:
 * {@code S(t) = Π_{t_i ≤ t} (1 − d_i / n_i)}. The result is a {@link SurvivalCurve}; see it for the
 * variance, intervals, median and restricted mean.
 *
 * <p><b>Input.</b> One tenure per customer: how long it was observed ({@code double}, finite, zero
 * or more, in any unit such as months) and whether it churned then ({@code true}) or was still
 * active when observation ended ({@code false}, censored). From monthly revenue, take the first
 * paid spell ({@link Tenure#ofFirstSpell}): customers still paying at the end of the data are
 * censored, and a customer who returns after churning keeps its first churn. Tenures are compared
 * exactly ({@code ==}): R's {@code Surv} additionally merges times that differ by rounding error
 * ({@code timefix}), so pass tenures that are equal when they mean the same.
 *
 * <p><b>Ties.</b> Customers censored at a time are at risk at that time: events come first, as in
 * R's {@code survfit}. The result does not depend on the order of the input.
 *
 * <p><b>Delayed entry</b> (left truncation, {@link #fitDelayedEntry(double[], double[], boolean[])}):
 * a customer first observed at a tenure {@code e > 0}, such as one that started paying before the
 * data begin, is at risk only at tenures {@code t} with {@code e < t ≤} its exit; R's
 * {@code survfit(Surv(entry, exit, event) ~ 1)}. A customer entering at tenure {@code e} is not at
 * risk of an event at exactly {@code e}: it was known to be active then. With every entry 0 the fit
 * is exactly the plain one. Agreement with R is tested on a committed fixture.
 *
 * <p><b>Worked example.</b> Tenures 1, 2+, 3, 4, 6, 7+ (+ = censored): {@code S(1) = 5/6},
 * {@code S(3) = 5/6 · 3/4 = 0.625}, {@code S(4) = 0.625 · 2/3 = 0.41667}, {@code S(6) = 0.20833};
 * the median is 4.
 *
 * <p><b>Scale.</b> The array entry point sorts two primitive arrays and makes one pass: a million
 * tenures take a fraction of a second. For data split across threads, fill one
 * {@link Accumulator} each and merge them with {@link Accumulator#addAll}, or merge finished
 * curves with {@link SurvivalCurve#plus}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class KaplanMeier {

    /** The default confidence transform, R's: {@link ConfidenceTransform#LOG}. */
    public static final ConfidenceTransform DEFAULT_TRANSFORM = ConfidenceTransform.LOG;

    /** The default confidence level, 0.95. */
    public static final double DEFAULT_LEVEL = 0.95;

    private KaplanMeier() {
    }

    /**
     * Fits the curve to parallel arrays of tenures and churn flags, with 95 % log intervals.
     *
     * @param tenures each customer's observed tenure, not null; finite, zero or more
     * @param churned for each customer, true if it churned at its tenure, false if censored; not null, same length
     * @return the curve, not null
     * @throws IllegalArgumentException if the lengths differ or a tenure is negative or not finite
     * @throws IllegalStateException if there are no tenures
     */
    public static SurvivalCurve fit(double[] tenures, boolean[] churned) {
        Objects.requireNonNull(tenures, "tenures");
        Objects.requireNonNull(churned, "churned");
        if (tenures.length != churned.length) {
            throw new IllegalArgumentException("tenures and churned must have the same length but had "
                    + tenures.length + " and " + churned.length);
        }
        int churnCount = 0;
        for (int i = 0; i < tenures.length; i++) {
            checkTime(tenures[i], i);
            if (churned[i]) {
                churnCount++;
            }
        }
        double[] eventTimes = new double[churnCount];
        double[] censorTimes = new double[tenures.length - churnCount];
        int e = 0;
        int c = 0;
        for (int i = 0; i < tenures.length; i++) {
            if (churned[i]) {
                eventTimes[e++] = tenures[i] + 0.0;
            } else {
                censorTimes[c++] = tenures[i] + 0.0;
            }
        }
        return fromSorted(sort(eventTimes), sort(censorTimes));
    }

    /**
     * Fits the curve with delayed entry to parallel arrays of entry tenures, exit tenures and churn
     * flags, with 95 % log intervals: R's {@code survfit(Surv(entry, exit, churned) ~ 1)}.
     *
     * <p>Worked example: tenures 2, 3+, 5 (+ = censored) observed from 0, and 4 and 6+ observed
     * from entry 2.5: at 2 the risk set is the three customers observed from 0 ({@code S = 2/3}),
     * at 4 it is the customers entered before 4 and still there, three of them
     * ({@code S = 2/3 · 2/3 = 4/9}).
     *
     * @param entries each customer's entry tenure, not null; finite, zero or more
     * @param tenures each customer's exit tenure, not null, same length; after a positive entry
     * @param churned for each customer, true if it churned at its exit, false if censored; not null, same length
     * @return the curve, not null
     * @throws IllegalArgumentException if the lengths differ, a tenure is negative or not finite, or an exit is not
     *     after a positive entry (naming the index)
     * @throws IllegalStateException if there are no tenures
     */
    public static SurvivalCurve fitDelayedEntry(double[] entries, double[] tenures, boolean[] churned) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(tenures, "tenures");
        Objects.requireNonNull(churned, "churned");
        if (entries.length != tenures.length || tenures.length != churned.length) {
            throw new IllegalArgumentException("entries, tenures and churned must have the same length but had "
                    + entries.length + ", " + tenures.length + " and " + churned.length);
        }
        Accumulator acc = new Accumulator();
        for (int i = 0; i < tenures.length; i++) {
            checkTime(tenures[i], i);
            if (!(entries[i] >= 0) || !Double.isFinite(entries[i])) {
                throw new IllegalArgumentException("entries[" + i + "] must be finite and not negative but was "
                        + entries[i]);
            }
            if (entries[i] > 0 && !(tenures[i] > entries[i])) {
                throw new IllegalArgumentException("tenures[" + i + "] must be after entries[" + i + "] = " + entries[i]
                        + " but was " + tenures[i]);
            }
            acc.add(entries[i], tenures[i], churned[i]);
        }
        return acc.toCurve();
    }

    /**
     * Fits the curve with delayed entry to tenure records, with 95 % log intervals (see
     * {@link #fitDelayedEntry(double[], double[], boolean[])}).
     *
     * @param tenures the customers' tenures with their entries, not null, no null elements
     * @return the curve, not null
     * @throws IllegalStateException if there are no tenures
     */
    public static SurvivalCurve fitDelayedEntry(Collection<DelayedEntryTenure> tenures) {
        Objects.requireNonNull(tenures, "tenures");
        Accumulator accumulator = new Accumulator();
        for (DelayedEntryTenure tenure : tenures) {
            accumulator.add(tenure);
        }
        return accumulator.toCurve();
    }

    /**
     * Fits the curve to tenure records, with 95 % log intervals.
     *
     * @param tenures the customers' tenures, not null, no null elements
     * @return the curve, not null
     * @throws IllegalStateException if there are no tenures
     */
    public static SurvivalCurve fit(Collection<Tenure> tenures) {
        Objects.requireNonNull(tenures, "tenures");
        Accumulator accumulator = new Accumulator();
        for (Tenure tenure : tenures) {
            accumulator.add(tenure);
        }
        return accumulator.toCurve();
    }

    /**
     * Fits the curve to tenure records: {@code fit(List.of(Tenure.churned(1), Tenure.censored(2)))}.
     *
     * @param tenures the customers' tenures, not null, no null elements
     * @return the curve, not null
     * @throws IllegalStateException if there are no tenures
     */
    public static SurvivalCurve fit(Tenure... tenures) {
        return fit(Arrays.asList(Objects.requireNonNull(tenures, "tenures")));
    }

    /**
     * An empty mutable accumulator of tenures.
     *
     * @return the accumulator, not null
     */
    public static Accumulator accumulator() {
        return new Accumulator();
    }

    /**
     * A collector of tenures into a curve with 95 % log intervals; it may run in parallel.
     *
     * @return the collector, not null
     */
    public static Collector<Tenure, Accumulator, SurvivalCurve> toSurvivalCurve() {
        return Collector.of(Accumulator::new, Accumulator::add, Accumulator::addAll, Accumulator::toCurve);
    }

    private static void checkTime(double time, int index) {
        if (!(time >= 0) || !Double.isFinite(time)) {
            throw new IllegalArgumentException("tenures[" + index + "] must be finite and not negative but was " + time);
        }
    }

    private static double[] sort(double[] values) {
        Arrays.sort(values);
        return values;
    }

    /** One merge pass over sorted event and censoring times; ties counted together. */
    private static SurvivalCurve fromSorted(double[] eventTimes, double[] censorTimes) {
        return fromSorted(eventTimes, censorTimes, new double[0]);
    }

    /** The same with the sorted positive entry tenures of customers entering late. */
    private static SurvivalCurve fromSorted(double[] eventTimes, double[] censorTimes, double[] entryTimes) {
        double[] distinctEntries = new double[entryTimes.length];
        long[] entryCounts = new long[entryTimes.length];
        int m = 0;
        for (int i = 0; i < entryTimes.length; i++) {
            if (m > 0 && distinctEntries[m - 1] == entryTimes[i]) {
                entryCounts[m - 1]++;
            } else {
                distinctEntries[m] = entryTimes[i];
                entryCounts[m++] = 1;
            }
        }
        int capacity = eventTimes.length + censorTimes.length;
        double[] time = new double[capacity];
        long[] events = new long[capacity];
        long[] censored = new long[capacity];
        int e = 0;
        int c = 0;
        int k = 0;
        while (e < eventTimes.length || c < censorTimes.length) {
            double next = c >= censorTimes.length || (e < eventTimes.length && eventTimes[e] <= censorTimes[c])
                    ? eventTimes[e] : censorTimes[c];
            int e0 = e;
            while (e < eventTimes.length && eventTimes[e] == next) {
                e++;
            }
            int c0 = c;
            while (c < censorTimes.length && censorTimes[c] == next) {
                c++;
            }
            time[k] = next;
            events[k] = e - e0;
            censored[k] = c - c0;
            k++;
        }
        return SurvivalCurve.fromCounts(Arrays.copyOf(time, k), Arrays.copyOf(events, k), Arrays.copyOf(censored, k),
                Arrays.copyOf(distinctEntries, m), Arrays.copyOf(entryCounts, m), DEFAULT_TRANSFORM, DEFAULT_LEVEL);
    }

    /**
     * A mutable accumulator of tenures; {@link #toCurve()} fits the curve to everything added.
     * Partial accumulators merge with {@link #addAll}.
     *
     * <p>Instances are not thread-safe; give each thread its own and merge them.
     */
    public static final class Accumulator {

        private double[] eventTimes = new double[16];
        private int events;
        private double[] censorTimes = new double[16];
        private int censorings;
        /** Positive entry tenures of customers entering late; entries at 0 are not stored. */
        private double[] entryTimes = new double[0];
        private int entries;

        private Accumulator() {
        }

        /**
         * Adds one customer's tenure.
         *
         * @param time the observed tenure, finite, zero or more
         * @param churned true if the customer churned at {@code time}, false if censored
         * @return this accumulator, not null
         * @throws IllegalArgumentException if the time is negative or not finite
         */
        public Accumulator add(double time, boolean churned) {
            if (!(time >= 0) || !Double.isFinite(time)) {
                throw new IllegalArgumentException("time must be finite and not negative but was " + time);
            }
            if (churned) {
                if (events == eventTimes.length) {
                    eventTimes = Arrays.copyOf(eventTimes, events * 2);
                }
                eventTimes[events++] = time + 0.0;
            } else {
                if (censorings == censorTimes.length) {
                    censorTimes = Arrays.copyOf(censorTimes, censorings * 2);
                }
                censorTimes[censorings++] = time + 0.0;
            }
            return this;
        }

        /**
         * Adds one customer's tenure.
         *
         * @param tenure the tenure, not null
         * @return this accumulator, not null
         */
        public Accumulator add(Tenure tenure) {
            Objects.requireNonNull(tenure, "tenure");
            return add(tenure.time(), tenure.churned());
        }

        /**
         * Adds one customer observed from an entry tenure (delayed entry).
         *
         * @param entry the tenure from which the customer is observed, finite, zero or more
         * @param time the exit tenure, finite, after a positive entry
         * @param churned true if the customer churned at {@code time}, false if censored
         * @return this accumulator, not null
         * @throws IllegalArgumentException if a tenure is out of range
         */
        public Accumulator add(double entry, double time, boolean churned) {
            return add(new DelayedEntryTenure(entry, time, churned));
        }

        /**
         * Adds one customer observed from an entry tenure (delayed entry).
         *
         * @param tenure the tenure with its entry, not null
         * @return this accumulator, not null
         */
        public Accumulator add(DelayedEntryTenure tenure) {
            Objects.requireNonNull(tenure, "tenure");
            add(tenure.time(), tenure.churned());
            if (tenure.entry() > 0) {
                if (entries == entryTimes.length) {
                    entryTimes = Arrays.copyOf(entryTimes, Math.max(16, entries * 2));
                }
                entryTimes[entries++] = tenure.entry();
            }
            return this;
        }

        /**
         * Adds every tenure another accumulator holds.
         *
         * @param other the other accumulator, not null
         * @return this accumulator, not null
         */
        public Accumulator addAll(Accumulator other) {
            Objects.requireNonNull(other, "other");
            eventTimes = append(eventTimes, events, other.eventTimes, other.events);
            censorTimes = append(censorTimes, censorings, other.censorTimes, other.censorings);
            entryTimes = append(entryTimes, entries, other.entryTimes, other.entries);
            events += other.events;
            censorings += other.censorings;
            entries += other.entries;
            return this;
        }

        private static double[] append(double[] to, int size, double[] from, int count) {
            double[] result = size + count <= to.length ? to : Arrays.copyOf(to, Math.max(size + count, to.length * 2));
            System.arraycopy(from, 0, result, size, count);
            return result;
        }

        /**
         * The number of tenures added so far.
         *
         * @return the count, zero or more
         */
        public long count() {
            return (long) events + censorings;
        }

        /**
         * Fits the curve to the tenures added so far (95 % log intervals); the accumulator is unchanged.
         *
         * @return the curve, not null
         * @throws IllegalStateException if no tenure was added
         */
        public SurvivalCurve toCurve() {
            return fromSorted(sort(Arrays.copyOf(eventTimes, events)), sort(Arrays.copyOf(censorTimes, censorings)),
                    sort(Arrays.copyOf(entryTimes, entries)));
        }
    }
}
