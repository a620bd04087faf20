package io.github.saasmetrics.spark;

import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ledger metrics to compute in one pass over a {@link SparkLedger}: the monthly MRR bridge,
 * customer churn and revenue retention (GRR, NRR) for chosen periods or for every month, quarter or
 * year of the ledger, trailing-twelve-month revenue retention, cohort tables and the Kaplan–Meier
 * curve of tenures.
 *
 * <p>Example: {@code MetricSet.builder().bridge().churn(PeriodGrid.QUARTER).cohorts(CohortGrouping.MONTH).build()}.
 * {@link #all()} asks for everything: the bridge, churn and revenue retention by month, quarter and
 * year, every trailing twelve months, monthly and quarterly cohorts and survival.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricSet implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A metric without periods. */
    enum Whole {
        BRIDGE,
        EVERY_TRAILING_TWELVE_MONTHS,
        SURVIVAL
    }

    private final EnumSet<Whole> whole;
    private final List<ReportingPeriod> churnPeriods;
    private final EnumSet<PeriodGrid> churnGrids;
    private final List<ReportingPeriod> retentionPeriods;
    private final EnumSet<PeriodGrid> retentionGrids;
    private final List<YearMonth> trailingMonths;
    private final EnumSet<CohortGrouping> cohorts;

    private MetricSet(Builder b) {
        this.whole = EnumSet.copyOf(b.whole);
        this.churnPeriods = List.copyOf(b.churnPeriods);
        this.churnGrids = EnumSet.copyOf(b.churnGrids);
        this.retentionPeriods = List.copyOf(b.retentionPeriods);
        this.retentionGrids = EnumSet.copyOf(b.retentionGrids);
        this.trailingMonths = List.copyOf(b.trailingMonths);
        this.cohorts = EnumSet.copyOf(b.cohorts);
    }

    /**
     * Starts an empty set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every metric, for every period of the ledger.
     *
     * @return the set, not null
     */
    public static MetricSet all() {
        return builder().bridge().churn(PeriodGrid.MONTH).churn(PeriodGrid.QUARTER).churn(PeriodGrid.YEAR)
                .revenueRetention(PeriodGrid.MONTH).revenueRetention(PeriodGrid.QUARTER)
                .revenueRetention(PeriodGrid.YEAR).trailingTwelveMonths().cohorts(CohortGrouping.MONTH)
                .cohorts(CohortGrouping.QUARTER).survival().build();
    }

    /** The set with every grid turned into the periods of a ledger's months. */
    Resolved resolve(YearMonth openingMonth, YearMonth lastMonth) {
        TreeSet<ReportingPeriod> churn = new TreeSet<>(churnPeriods);
        churnGrids.forEach(g -> churn.addAll(g.periods(openingMonth, lastMonth)));
        TreeSet<ReportingPeriod> retention = new TreeSet<>(retentionPeriods);
        retentionGrids.forEach(g -> retention.addAll(g.periods(openingMonth, lastMonth)));
        TreeSet<YearMonth> trailing = new TreeSet<>(trailingMonths);
        if (whole.contains(Whole.EVERY_TRAILING_TWELVE_MONTHS)) {
            for (YearMonth m = openingMonth.plusMonths(12); !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                trailing.add(m);
            }
        }
        return new Resolved(whole.contains(Whole.BRIDGE), List.copyOf(churn), List.copyOf(retention),
                List.copyOf(trailing), List.copyOf(cohorts), whole.contains(Whole.SURVIVAL));
    }

    /**
     * The metrics for one ledger's months, as explicit periods.
     *
     * @param bridge whether the monthly bridge table is computed
     * @param churn the periods of customer churn, in order
     * @param retention the periods of revenue retention, in order
     * @param trailing the last months of trailing-twelve-month revenue retention, in order
     * @param cohorts the cohort groupings, in order
     * @param survival whether tenures are collected for Kaplan–Meier
     */
    record Resolved(boolean bridge, List<ReportingPeriod> churn, List<ReportingPeriod> retention,
            List<YearMonth> trailing, List<CohortGrouping> cohorts, boolean survival) implements Serializable {
    }

    /** Collects the metrics of a set; not thread-safe. */
    public static final class Builder {

        private final Set<Whole> whole = EnumSet.noneOf(Whole.class);
        private final List<ReportingPeriod> churnPeriods = new ArrayList<>();
        private final Set<PeriodGrid> churnGrids = EnumSet.noneOf(PeriodGrid.class);
        private final List<ReportingPeriod> retentionPeriods = new ArrayList<>();
        private final Set<PeriodGrid> retentionGrids = EnumSet.noneOf(PeriodGrid.class);
        private final List<YearMonth> trailingMonths = new ArrayList<>();
        private final Set<CohortGrouping> cohorts = EnumSet.noneOf(CohortGrouping.class);

        private Builder() {
        }

        /**
         * Adds the monthly MRR bridge table (one bridge per month after the opening month).
         *
         * @return this builder, not null
         */
        public Builder bridge() {
            whole.add(Whole.BRIDGE);
            return this;
        }

        /**
         * Adds customer churn over periods.
         *
         * @param periods whole months after the ledger's opening month and within it, not null
         * @return this builder, not null
         */
        public Builder churn(ReportingPeriod... periods) {
            for (ReportingPeriod p : periods) {
                churnPeriods.add(Objects.requireNonNull(p, "period"));
            }
            return this;
        }

        /**
         * Adds customer churn over every period of a grid inside the ledger.
         *
         * @param grid months, quarters or years, not null
         * @return this builder, not null
         */
        public Builder churn(PeriodGrid grid) {
            churnGrids.add(Objects.requireNonNull(grid, "grid"));
            return this;
        }

        /**
         * Adds revenue retention (GRR, NRR) over periods.
         *
         * @param periods whole months after the ledger's opening month and within it, not null
         * @return this builder, not null
         */
        public Builder revenueRetention(ReportingPeriod... periods) {
            for (ReportingPeriod p : periods) {
                retentionPeriods.add(Objects.requireNonNull(p, "period"));
            }
            return this;
        }

        /**
         * Adds revenue retention over every period of a grid inside the ledger.
         *
         * @param grid months, quarters or years, not null
         * @return this builder, not null
         */
        public Builder revenueRetention(PeriodGrid grid) {
            retentionGrids.add(Objects.requireNonNull(grid, "grid"));
            return this;
        }

        /**
         * Adds trailing-twelve-month revenue retention to given months.
         *
         * @param months the last months, not null; the ledger must hold each month and the one a year before
         * @return this builder, not null
         */
        public Builder trailingTwelveMonths(YearMonth... months) {
            for (YearMonth m : months) {
                trailingMonths.add(Objects.requireNonNull(m, "month"));
            }
            return this;
        }

        /**
         * Adds trailing-twelve-month revenue retention to every month that has a year of ledger before it.
         *
         * @return this builder, not null
         */
        public Builder trailingTwelveMonths() {
            whole.add(Whole.EVERY_TRAILING_TWELVE_MONTHS);
            return this;
        }

        /**
         * Adds cohort tables.
         *
         * @param groupings by month, quarter or year, not null
         * @return this builder, not null
         */
        public Builder cohorts(CohortGrouping... groupings) {
            for (CohortGrouping g : groupings) {
                cohorts.add(Objects.requireNonNull(g, "grouping"));
            }
            return this;
        }

        /**
         * Adds the Kaplan–Meier curve of tenures (time to first churn, in months).
         *
         * @return this builder, not null
         */
        public Builder survival() {
            whole.add(Whole.SURVIVAL);
            return this;
        }

        /**
         * Builds the set.
         *
         * @return the set, not null
         */
        public MetricSet build() {
            return new MetricSet(this);
        }
    }
}
