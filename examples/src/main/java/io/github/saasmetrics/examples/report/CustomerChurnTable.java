package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.CustomerRetention;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer (logo) churn and retention per month or quarter as a typed table, with the figures of
 * {@link CustomerChurnSection}'s table: the customers at the start {@code S} and end {@code E}, the
 * retained, the joins {@code N} as the MRR bridge counts them, the churn events {@code C}, churn
 * {@code C / S}, retention measured on the ledger, and the textbook retention {@code (E − N) / S}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class CustomerChurnTable {

    private CustomerChurnTable() {
    }

    /**
     * The table of every month of a period.
     *
     * @param ledger the ledger, not null
     * @param period the months to list, whole months the ledger can measure, not null
     * @return the table titled {@code Customer churn and retention by month}, not null
     */
    public static ResultTable byMonth(MrrLedger ledger, ReportingPeriod period) {
        List<ReportingPeriod> months = new ArrayList<>();
        for (YearMonth m : period.months()) {
            months.add(ReportingPeriod.month(m));
        }
        return of("Customer churn and retention by month", ledger, months);
    }

    /**
     * The table of every calendar quarter that lies wholly inside a period: for a period of whole
     * years, the quarters {@link CustomerChurnSection} lists.
     *
     * @param ledger the ledger, not null
     * @param period the period, whole months the ledger can measure, not null
     * @return the table titled {@code Customer churn and retention by quarter}, not null
     */
    public static ResultTable byQuarter(MrrLedger ledger, ReportingPeriod period) {
        return of("Customer churn and retention by quarter", ledger, quarters(period));
    }

    /**
     * The calendar quarters that lie wholly inside a period, in order.
     *
     * @param period the period, not null
     * @return the quarters, none if the period holds no whole quarter, not null
     */
    public static List<ReportingPeriod> quarters(ReportingPeriod period) {
        YearMonth first = period.firstMonth();
        // A quarter that starts before the period would reach back past the ledger's opening month.
        ReportingPeriod q = ReportingPeriod.quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
        if (q.start().isBefore(period.start())) {
            q = q.next();
        }
        List<ReportingPeriod> quarters = new ArrayList<>();
        for (; period.encloses(q); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    /**
     * The textbook retention {@code (E − N) / S} of a period.
     *
     * @param churn the period's churn counts, not null
     * @param joins {@code N}: the new and returning customers of the period's MRR bridge
     * @return the ratio; undefined when {@code N > E}, not null
     */
    public static Ratio textbookRetention(ChurnResult churn, long joins) {
        // The textbook N includes joins that left again; when they outnumber the customers at the end, as in
        // a young business's first quarter, (E − N) / S means nothing.
        return joins > churn.customersAtEnd() ? Ratio.UNDEFINED
                : CustomerRetention.rate(churn.customersAtStart(), churn.customersAtEnd(), joins);
    }

    private static ResultTable of(String title, MrrLedger ledger, List<ReportingPeriod> periods) {
        ResultTable.Builder table = ResultTable.builder(title).columns(Column.period("period"), Column.count("start S"),
                Column.count("end E"), Column.count("retained"), Column.count("joins N"),
                Column.count("churn events C"), Column.percent("churn C / S"), Column.percent("retention (ledger)"),
                Column.percent("retention (E − N) / S"));
        for (ReportingPeriod p : periods) {
            ChurnResult churn = CustomerChurn.measure(ledger, p);
            MrrBridge bridge = MrrMovements.bridge(ledger, p);
            long joins = bridge.newCustomers() + bridge.reactivatedCustomers();
            table.row(p, churn.customersAtStart(), churn.customersAtEnd(), churn.retainedCustomers(), joins,
                    churn.churnEvents(), churn.rate(), CustomerRetention.rate(ledger, p),
                    textbookRetention(churn, joins));
        }
        return table.footnote("joins N: new and returning customers as the MRR bridge counts them, one per join, so a"
                        + " customer who returns twice counts twice, and those who left again count too.")
                .footnote("Churn counts churn events C over the customers at the start S; retention (ledger) counts"
                        + " the customers paying at both ends, so churn and retention need not add up to 100%.")
                .footnote("(E − N) / S is undefined when more customers joined than pay at the end.")
                .build();
    }
}
