package io.github.saasmetrics.spark;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.ledger.MrrSnapshot;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.CohortGrouping;
import io.github.saasmetrics.retention.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The one place where the Spark module calls core's calculators: a partition's customers become a
 * core {@link MrrLedger}, and core's single-threaded public methods compute each metric on it.
 * Every partition's ledger covers the same months, so the partial results merge with core's
 * {@code plus}. When core reads ledgers through folds, only this class changes.
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

    /** Every metric of a set on one partition's ledger. */
    static PartialMetrics fold(MrrLedger ledger, MetricSet.Resolved set) {
        Currency currency = ledger.currency();
        BridgeTableForm bridge = set.bridge() ? BridgeTableForm.of(MrrMovements.monthly(ledger), currency) : null;
        ChurnForm[] churn = new ChurnForm[set.churn().size()];
        for (int i = 0; i < churn.length; i++) {
            churn[i] = ChurnForm.of(CustomerChurn.measure(ledger, set.churn().get(i)));
        }
        RetentionForm[] retention = new RetentionForm[set.retention().size()];
        for (int i = 0; i < retention.length; i++) {
            retention[i] = RetentionForm.of(RevenueRetention.measure(ledger, set.retention().get(i)));
        }
        RetentionForm[] trailing = new RetentionForm[set.trailing().size()];
        for (int i = 0; i < trailing.length; i++) {
            trailing[i] = RetentionForm.of(RevenueRetention.trailingTwelveMonths(ledger, set.trailing().get(i)));
        }
        CohortForm[] cohorts = new CohortForm[set.cohorts().size()];
        for (int i = 0; i < cohorts.length; i++) {
            CohortGrouping g = set.cohorts().get(i);
            cohorts[i] = CohortForm.of(CohortTable.of(ledger, g), currency);
        }
        TenureForm tenures = set.survival() ? TenureForm.of(LedgerLifetimes.tenures(ledger)) : null;
        return new PartialMetrics(ledger.period(), bridge, churn, retention, trailing, cohorts, tenures);
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
