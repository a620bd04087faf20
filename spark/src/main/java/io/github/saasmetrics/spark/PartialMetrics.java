package io.github.saasmetrics.spark;

import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * The metrics of one group of customers (one Spark partition, or several merged), in the compact
 * forms that travel between executors and the driver. Partials of disjoint customers over the same
 * ledger months merge with {@link #plus}, which merges each result with core's own {@code plus} or
 * {@code addAll}; the same metrics in the same order in every partial, as one
 * {@link MetricSet.Resolved} gives them.
 *
 * <p>A plain final class with arrays rather than a record, so that Kryo as well as Java
 * serialization can carry it.
 */
final class PartialMetrics implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ReportingPeriod ledgerMonths;
    @Nullable
    private final BridgeTableForm bridge;
    private final ChurnForm[] churn;
    private final RetentionForm[] retention;
    private final RetentionForm[] trailing;
    private final CohortForm[] cohorts;
    @Nullable
    private final TenureForm tenures;

    PartialMetrics(ReportingPeriod ledgerMonths, @Nullable BridgeTableForm bridge, ChurnForm[] churn,
            RetentionForm[] retention, RetentionForm[] trailing, CohortForm[] cohorts, @Nullable TenureForm tenures) {
        this.ledgerMonths = ledgerMonths;
        this.bridge = bridge;
        this.churn = churn;
        this.retention = retention;
        this.trailing = trailing;
        this.cohorts = cohorts;
        this.tenures = tenures;
    }

    PartialMetrics plus(PartialMetrics other) {
        if (!ledgerMonths.equals(other.ledgerMonths) || churn.length != other.churn.length
                || retention.length != other.retention.length || trailing.length != other.trailing.length
                || cohorts.length != other.cohorts.length) {
            throw new IllegalArgumentException("cannot merge partial metrics of different ledgers or metric sets: "
                    + ledgerMonths + " and " + other.ledgerMonths);
        }
        ChurnForm[] c = new ChurnForm[churn.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = churn[i].plus(other.churn[i]);
        }
        RetentionForm[] r = new RetentionForm[retention.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = retention[i].plus(other.retention[i]);
        }
        RetentionForm[] t = new RetentionForm[trailing.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = trailing[i].plus(other.trailing[i]);
        }
        CohortForm[] k = new CohortForm[cohorts.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = cohorts[i].plus(other.cohorts[i]);
        }
        return new PartialMetrics(ledgerMonths, bridge == null ? null : bridge.plus(other.bridge), c, r, t, k,
                tenures == null ? null : tenures.plus(other.tenures));
    }

    /** The finished results. */
    LedgerMetrics toMetrics() {
        Map<ReportingPeriod, ChurnResult> c = new TreeMap<>();
        for (ChurnForm f : churn) {
            ChurnResult v = f.value();
            c.put(v.period(), v);
        }
        Map<ReportingPeriod, RevenueRetentionResult> r = new TreeMap<>();
        for (RetentionForm f : retention) {
            RevenueRetentionResult v = f.value();
            r.put(v.period(), v);
        }
        Map<YearMonth, RevenueRetentionResult> t = new TreeMap<>();
        for (RetentionForm f : trailing) {
            RevenueRetentionResult v = f.value();
            t.put(v.period().lastMonth(), v);
        }
        Map<CohortGrouping, CohortTable> k = new EnumMap<>(CohortGrouping.class);
        for (CohortForm f : cohorts) {
            CohortTable v = f.value();
            k.put(v.grouping(), v);
        }
        SurvivalCurve curve = null;
        if (tenures != null) {
            KaplanMeier.Accumulator acc = tenures.value();
            curve = acc.count() == 0 ? null : acc.toCurve();
        }
        return new LedgerMetrics(ledgerMonths, bridge == null ? MrrBridgeTable.of(java.util.List.of()) : bridge.value(),
                new TreeMap<>(c), new TreeMap<>(r), new TreeMap<>(t), k, curve);
    }
}
