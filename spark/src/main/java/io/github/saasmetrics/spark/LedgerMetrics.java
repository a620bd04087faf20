package io.github.saasmetrics.spark;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * The results of one pass of a {@link MetricSet} over a {@link SparkLedger}: core's own result
 * types, equal to what core computes on one machine from the same rows.
 *
 * <p>Metrics not asked for are absent: an empty map, or an empty bridge table and no survival curve.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param ledgerMonths the ledger's months, opening month included, not null
 * @param bridge the monthly MRR bridge table, not null; empty if not asked for
 * @param churn customer churn by period, not null
 * @param revenueRetention GRR and NRR by period, not null
 * @param trailingTwelveMonths trailing-twelve-month GRR and NRR by last month, not null
 * @param cohorts cohort tables by grouping, not null
 * @param survival the Kaplan–Meier curve of tenures, null if not asked for or no customer first paid in the ledger
 */
public record LedgerMetrics(ReportingPeriod ledgerMonths, MrrBridgeTable bridge,
        @JsonDeserialize(keyUsing = PeriodKeyDeserializer.class) SortedMap<ReportingPeriod, ChurnResult> churn,
        @JsonDeserialize(keyUsing = PeriodKeyDeserializer.class)
        SortedMap<ReportingPeriod, RevenueRetentionResult> revenueRetention,
        SortedMap<YearMonth, RevenueRetentionResult> trailingTwelveMonths, Map<CohortGrouping, CohortTable> cohorts,
        @Nullable SurvivalCurve survival) {

    /** Validates and copies the parts. */
    public LedgerMetrics {
        Objects.requireNonNull(ledgerMonths, "ledgerMonths");
        Objects.requireNonNull(bridge, "bridge");
        churn = Collections.unmodifiableSortedMap(new TreeMap<>(churn));
        revenueRetention = Collections.unmodifiableSortedMap(new TreeMap<>(revenueRetention));
        trailingTwelveMonths = Collections.unmodifiableSortedMap(new TreeMap<>(trailingTwelveMonths));
        cohorts = Collections.unmodifiableMap(new java.util.EnumMap<>(cohorts.isEmpty()
                ? new java.util.EnumMap<CohortGrouping, CohortTable>(CohortGrouping.class) : cohorts));
    }

    /**
     * The customer churn of one period.
     *
     * @param period the period, not null
     * @return the result, not null
     * @throws NoSuchElementException if it was not computed
     */
    public ChurnResult churn(ReportingPeriod period) {
        return found(churn.get(Objects.requireNonNull(period, "period")), "customer churn of " + period);
    }

    /**
     * The revenue retention of one period.
     *
     * @param period the period, not null
     * @return the result, not null
     * @throws NoSuchElementException if it was not computed
     */
    public RevenueRetentionResult revenueRetention(ReportingPeriod period) {
        return found(revenueRetention.get(Objects.requireNonNull(period, "period")), "revenue retention of " + period);
    }

    /**
     * The trailing-twelve-month revenue retention to one month.
     *
     * @param month the last month, not null
     * @return the result, not null
     * @throws NoSuchElementException if it was not computed
     */
    public RevenueRetentionResult trailingTwelveMonths(YearMonth month) {
        return found(trailingTwelveMonths.get(Objects.requireNonNull(month, "month")),
                "trailing-twelve-month revenue retention to " + month);
    }

    /**
     * The cohort table of one grouping.
     *
     * @param grouping the grouping, not null
     * @return the table, not null
     * @throws NoSuchElementException if it was not computed
     */
    public CohortTable cohorts(CohortGrouping grouping) {
        return found(cohorts.get(Objects.requireNonNull(grouping, "grouping")), "the cohort table by " + grouping);
    }

    /**
     * The Kaplan–Meier curve, if it was computed and any customer first paid inside the ledger.
     *
     * @return the curve, not null
     */
    public Optional<SurvivalCurve> survivalCurve() {
        return Optional.ofNullable(survival);
    }

    private static <T> T found(@Nullable T value, String what) {
        if (value == null) {
            throw new NoSuchElementException(what + " was not computed: add it to the MetricSet");
        }
        return value;
    }

    /**
     * A summary: the months and what was computed.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "LedgerMetrics[" + ledgerMonths.firstMonth() + ".." + ledgerMonths.lastMonth() + ", " + bridge.size()
                + " bridges, churn of " + churn.size() + " periods, revenue retention of " + revenueRetention.size()
                + " periods and " + trailingTwelveMonths.size() + " trailing years, cohorts by " + cohorts.keySet()
                + (survival == null ? "" : ", survival of " + survival.customers() + " customers") + "]";
    }
}
