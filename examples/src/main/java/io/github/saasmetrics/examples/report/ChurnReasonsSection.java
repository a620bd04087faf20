package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.retention.ChurnReasonBreakdown;
import io.github.saasmetrics.retention.ChurnReasons;
import io.github.saasmetrics.retention.ChurnType;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;

/**
 * Why customers left ({@link ChurnReasons}): the last year's churn events by recorded reason, with
 * churned MRR, the voluntary and involuntary split and what has no match; then each quarter's
 * involuntary share and unrecorded churn.
 */
public final class ChurnReasonsSection implements ReportSection {

    @Override
    public String title() {
        return "Churn reasons";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        YearMonth last = context.data().period().lastMonth();
        ReportingPeriod year = ReportingPeriod.year(last.getYear());
        ChurnReasonBreakdown breakdown = ChurnReasons.measure(context.ledger(), year, context.data().churnReasons());
        StringBuilder text = new StringBuilder("Churn events of ").append(year)
                .append(" joined by customer and month to the reasons recorded in churn-reasons.csv:\n")
                .append(breakdown).append("\n\n");
        TextTable.Builder quarters = TextTable.builder("quarter", "churned", "with a reason", "involuntary", "of those with a reason",
                "no reason", "unmatched reasons");
        YearMonth first = context.data().period().firstMonth();
        for (ReportingPeriod q = ReportingPeriod.quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
                !q.lastMonth().isAfter(last); q = q.next()) {
            ChurnReasonBreakdown b = ChurnReasons.measure(context.ledger(), q, context.data().churnReasons());
            quarters.row(q, b.churned(), b.recordedChurned(), b.churned(ChurnType.INVOLUNTARY),
                    percent(b.typeShare(ChurnType.INVOLUNTARY)), b.unrecordedChurned(), b.unmatched().size());
        }
        text.append("By quarter (involuntary: payment failures):\n").append(quarters.build().toText());
        return SectionOutput.text(text.toString()).withTables(breakdown.toTable());
    }

    private static String percent(Ratio r) {
        return r.defined() ? Figures.fixedPercent(r.value()) : "—";
    }
}
