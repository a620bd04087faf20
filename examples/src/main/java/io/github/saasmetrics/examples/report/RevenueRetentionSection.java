package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.retention.RevenueChurn;
import io.github.saasmetrics.retention.RevenueChurnResult;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;

/**
 * Gross and net revenue retention of each month of the last year, month on month and over the
 * trailing twelve months ({@link RevenueRetention}), beside the gross and net MRR churn of the
 * month's bridge ({@link RevenueChurn}); then the last trailing-twelve-month result in full.
 */
public final class RevenueRetentionSection implements ReportSection {

    @Override
    public String title() {
        return "Revenue retention (GRR, NRR) and MRR churn";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrLedger ledger = context.ledger();
        YearMonth last = context.data().period().lastMonth();
        TextTable.Builder table = TextTable.builder("month", "customers at start", "GRR", "NRR", "GRR 12 months", "NRR 12 months",
                "gross MRR churn", "net MRR churn");
        ResultTable.Builder typed = ResultTable.builder("GRR and NRR by month, " + last.getYear())
                .columns(Column.month("month"), Column.count("customers at start"), Column.percent("GRR"),
                        Column.percent("NRR"), Column.percent("GRR 12 months"), Column.percent("NRR 12 months"),
                        Column.percent("gross MRR churn"), Column.percent("net MRR churn"))
                .footnote("GRR, NRR: customers paying at the start, without reactivation and FX; 12 months: against"
                        + " the same month a year before; MRR churn: the month's bridge.");
        RevenueRetentionResult ttm = null;
        for (YearMonth m = YearMonth.of(last.getYear(), 1); !m.isAfter(last); m = m.plusMonths(1)) {
            RevenueRetentionResult month = RevenueRetention.monthly(ledger, m);
            RevenueChurnResult churn = RevenueChurn.measure(ledger, ReportingPeriod.month(m));
            String grr12 = Figures.UNDEFINED;
            String nrr12 = Figures.UNDEFINED;
            RevenueRetentionResult twelve = null;
            if (!m.minusMonths(12).isBefore(ledger.firstMonth())) {
                ttm = RevenueRetention.trailingTwelveMonths(ledger, m);
                twelve = ttm;
                grr12 = Figures.percent(ttm.grr());
                nrr12 = Figures.percent(ttm.nrr());
            }
            typed.row(m, month.customers(), month.grr(), month.nrr(), twelve == null ? null : twelve.grr(),
                    twelve == null ? null : twelve.nrr(), churn.gross(), churn.net());
            table.row(m, month.customers(), Figures.percent(month.grr()), Figures.percent(month.nrr()), grr12, nrr12,
                    Figures.percent(churn.gross()), Figures.percent(churn.net()));
        }
        StringBuilder text = new StringBuilder(table.build().toString()).append('\n')
                .append("(GRR, NRR: customers paying at the start, without reactivation and FX; 12 months: against the"
                        + " same month a year before; MRR churn: the month's bridge.)");
        if (ttm != null) {
            text.append("\n\nTrailing twelve months, ").append(Formats.wrap(ttm.toString()));
        }
        return SectionOutput.text(text.toString()).withTables(typed.build());
    }
}
