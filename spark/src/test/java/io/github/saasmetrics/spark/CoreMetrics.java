package io.github.saasmetrics.spark;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What core computes on one machine, on one thread, for a metric set: the expected Spark results. */
final class CoreMetrics {

    private CoreMetrics() {
    }

    static LedgerMetrics of(MrrLedger ledger, MetricSet set) {
        MetricSet.Resolved r = set.resolve(ledger.firstMonth(), ledger.lastMonth());
        TreeMap<ReportingPeriod, ChurnResult> churn = new TreeMap<>();
        r.churn().forEach(p -> churn.put(p, CustomerChurn.measure(ledger, p)));
        TreeMap<ReportingPeriod, RevenueRetentionResult> retention = new TreeMap<>();
        r.retention().forEach(p -> retention.put(p, RevenueRetention.measure(ledger, p)));
        TreeMap<YearMonth, RevenueRetentionResult> trailing = new TreeMap<>();
        r.trailing().forEach(m -> trailing.put(m, RevenueRetention.trailingTwelveMonths(ledger, m)));
        Map<CohortGrouping, CohortTable> cohorts = new EnumMap<>(CohortGrouping.class);
        r.cohorts().forEach(g -> cohorts.put(g, CohortTable.of(ledger, g)));
        KaplanMeier.Accumulator tenures = LedgerLifetimes.tenures(ledger);
        return new LedgerMetrics(ledger.period(),
                r.bridge() ? MrrMovements.monthly(ledger) : io.github.saasmetrics.mrr.MrrBridgeTable.of(java.util.List.of()),
                churn, retention, trailing, cohorts, r.survival() && tenures.count() > 0 ? tenures.toCurve() : null);
    }
}
