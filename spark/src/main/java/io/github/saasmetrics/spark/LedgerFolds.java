package io.github.saasmetrics.spark;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.CompositeFold;
import io.github.saasmetrics.ledger.FoldResults;
import io.github.saasmetrics.ledger.LedgerFold;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.ledger.MrrSnapshot;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The one place where the Spark module calls core's calculators: a partition's customers become a
 * core {@link MrrLedger}, and the requested metrics' {@link LedgerFold folds} run on it in one
 * scan. Every partition's ledger covers the same months, so the partial results merge with core's
 * {@code plus}.
 */
final class LedgerFolds {

    private LedgerFolds() {
    }

    /** A builder for a partition's rows, fixed to the ledger's months. */
    static MrrLedgerBuilder rowsBuilder(Currency currency, YearMonth first, YearMonth last, MrrConventions conventions) {
        return MrrLedger.builder(currency).months(first, last).conventions(conventions);
    }

    /** Adds one row (customer, epoch month, MRR in minor units). */
    static void addRow(MrrLedgerBuilder builder, String customer, int epochMonth, long mrr) {
        builder.add(CustomerId.of(customer), MrrRowReader.ofEpochMonth(epochMonth), mrr);
    }

    /** A partition's subscriptions as a ledger of the period (and its opening month). */
    static MrrLedger ofSubscriptions(List<Subscription> subscriptions, ReportingPeriod period,
            MrrConventions conventions, ExchangeRates rates) {
        return MrrLedger.fromSubscriptions(subscriptions, period, conventions, rates);
    }

    /**
     * Every metric of a set on one partition's ledger, in one scan of its customers: the metrics'
     * folds run together as a {@link CompositeFold}.
     */
    static PartialMetrics fold(MrrLedger ledger, MetricSet.Resolved set) {
        Currency currency = ledger.currency();
        List<LedgerFold<?, ?>> all = new ArrayList<>();
        LedgerFold<?, MrrBridgeTable> bridgeFold = set.bridge() ? add(all, MrrMovements.monthlyFold()) : null;
        List<LedgerFold<?, ChurnResult>> churnFolds = new ArrayList<>();
        for (ReportingPeriod p : set.churn()) {
            churnFolds.add(add(all, CustomerChurn.fold(p)));
        }
        List<LedgerFold<?, RevenueRetentionResult>> retentionFolds = new ArrayList<>();
        for (ReportingPeriod p : set.retention()) {
            retentionFolds.add(add(all, RevenueRetention.fold(p)));
        }
        List<LedgerFold<?, RevenueRetentionResult>> trailingFolds = new ArrayList<>();
        for (YearMonth m : set.trailing()) {
            trailingFolds.add(add(all, RevenueRetention.trailingTwelveMonthsFold(m)));
        }
        List<LedgerFold<?, CohortTable>> cohortFolds = new ArrayList<>();
        for (CohortGrouping g : set.cohorts()) {
            cohortFolds.add(add(all, CohortTable.fold(g)));
        }
        LedgerFold<?, KaplanMeier.Accumulator> tenureFold = set.survival() ? add(all, LedgerLifetimes.tenuresFold()) : null;
        FoldResults results = all.isEmpty() ? null : ledger.fold(CompositeFold.of(all));

        BridgeTableForm bridge = bridgeFold == null ? null : BridgeTableForm.of(results.get(bridgeFold), currency);
        ChurnForm[] churn = new ChurnForm[churnFolds.size()];
        for (int i = 0; i < churn.length; i++) {
            churn[i] = ChurnForm.of(results.get(churnFolds.get(i)));
        }
        RetentionForm[] retention = new RetentionForm[retentionFolds.size()];
        for (int i = 0; i < retention.length; i++) {
            retention[i] = RetentionForm.of(results.get(retentionFolds.get(i)));
        }
        RetentionForm[] trailing = new RetentionForm[trailingFolds.size()];
        for (int i = 0; i < trailing.length; i++) {
            trailing[i] = RetentionForm.of(results.get(trailingFolds.get(i)));
        }
        CohortForm[] cohorts = new CohortForm[cohortFolds.size()];
        for (int i = 0; i < cohorts.length; i++) {
            cohorts[i] = CohortForm.of(results.get(cohortFolds.get(i)), currency);
        }
        TenureForm tenures = tenureFold == null ? null : TenureForm.of(results.get(tenureFold));
        return new PartialMetrics(ledger.period(), bridge, churn, retention, trailing, cohorts, tenures);
    }

    private static <R> LedgerFold<?, R> add(List<LedgerFold<?, ?>> all, LedgerFold<?, R> fold) {
        all.add(fold);
        return fold;
    }

    /** Every customer's movements in a period. */
    static List<MrrMovement> movements(MrrLedger ledger, ReportingPeriod period) {
        return MrrMovements.movements(ledger, period);
    }

    /** Every month's snapshot of customers with MRR, opening month included. */
    static List<MrrSnapshot> snapshots(MrrLedger ledger) {
        List<MrrSnapshot> out = new ArrayList<>(ledger.monthCount());
        for (YearMonth m : ledger.months()) {
            out.add(ledger.snapshot(m));
        }
        return out;
    }
}
