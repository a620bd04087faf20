package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.CustomerRetention;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;

/**
 * Customer churn and retention per quarter, read off the ledger ({@link CustomerChurn}): churn
 * events over the customers at the start, retention measured on the ledger (customers paying at
 * both ends) beside the textbook {@code (E − N) / S} with {@code N} the quarter's new and returning
 * customers, then the last quarter under every churn denominator and converted to a month and a
 * year.
 */
public final class CustomerChurnSection implements ReportSection {

    @Override
    public String title() {
        return "Customer churn and retention by quarter";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrLedger ledger = context.ledger();
        TextTable.Builder table = TextTable.builder("quarter", "start S", "end E", "retained", "joins N",
                "churn events C", "churn C / S", "retention (ledger)", "retention (E − N) / S");
        YearMonth first = context.data().period().firstMonth();
        YearMonth last = context.data().period().lastMonth();
        ChurnResult latest = null;
        for (ReportingPeriod q = ReportingPeriod.quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
                !q.lastMonth().isAfter(last); q = q.next()) {
            ChurnResult churn = CustomerChurn.measure(ledger, q);
            MrrBridge bridge = MrrMovements.bridge(ledger, q);
            long acquired = bridge.newCustomers() + bridge.reactivatedCustomers();
            // The textbook N includes joins that left again; when they outnumber the customers at the end, as in
            // a young business's first quarter, (E − N) / S means nothing.
            Ratio textbook = acquired > churn.customersAtEnd() ? Ratio.UNDEFINED
                    : CustomerRetention.rate(churn.customersAtStart(), churn.customersAtEnd(), acquired);
            table.row(q, churn.customersAtStart(), churn.customersAtEnd(), churn.retainedCustomers(), acquired,
                    churn.churnEvents(), Figures.percent(churn.rate()),
                    Figures.percent(CustomerRetention.rate(ledger, q)), Figures.percent(textbook));
            latest = churn;
        }
        StringBuilder text = new StringBuilder(table.build().toString()).append('\n')
                .append("(joins N: new and returning customers as the MRR bridge counts them, one per join, so a customer"
                        + " who returns twice counts twice,\n"
                        + " and those who left again count too; the summary below counts customers who joined instead."
                        + " The ledger's retention needs no N.\n"
                        + " Churn counts events over the customers at the start, retention the customers paying at both"
                        + " ends: a customer who leaves\n"
                        + " and returns inside the quarter is in both, so churn + retention need not be 100%.)");
        if (latest != null) {
            text.append("\n\n").append(Formats.wrap(latest.toString()));
            double quarterly = latest.rate().defined() ? latest.rate().value() : 0;
            // Per-event counting can exceed 100 % a quarter; such a rate is no probability to compound.
            if (quarterly > 0 && quarterly < 1) {
                double monthly = ChurnConversions.churnOver(quarterly, 1 / 3.0);
                text.append('\n').append(latest.period()).append(": ").append(Figures.fixedPercent(quarterly))
                        .append(" a quarter ≈ ").append(Figures.fixedPercent(monthly)).append(" a month ≈ ")
                        .append(Figures.fixedPercent(ChurnConversions.annualChurn(monthly)))
                        .append(" a year (compounded); average lifetime 1 / monthly churn ≈ ")
                        .append(Figures.fixed(ChurnConversions.averageLifetime(monthly).orElseThrow(), 1))
                        .append(" months");
            }
        }
        SectionOutput output = SectionOutput.text(text.toString());
        return latest == null ? output : output.withTables(latest.toTable());
    }
}
