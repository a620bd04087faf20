package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.health.ChurnAlertRule;
import io.github.saasmetrics.retention.ChurnAlert;
import io.github.saasmetrics.retention.ChurnAlerts;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.DecimalCells;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import java.util.List;

/**
 * "Is this month's churn normal?" ({@link ChurnAlerts}): each month of the last year against the
 * six months before it, by an exact binomial test, with the churned-MRR check beside it and the
 * playbook action for a flagged month.
 */
public final class ChurnAlertSection implements ReportSection {

    /** The baseline months. */
    static final int TRAILING_MONTHS = 6;

    /** The significance level. */
    static final double SIGNIFICANCE = 0.05;

    @Override
    public String title() {
        return "Churn alerts";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        int year = context.data().period().lastMonth().getYear();
        List<ChurnAlert> alerts = ChurnAlerts.monthly(context.ledger(), TRAILING_MONTHS, SIGNIFICANCE).stream()
                .filter(a -> a.month().getYear() == year).toList();
        ResultTable.Builder t = ResultTable.builder("Churn alerts " + year)
                .columns(Column.month("month"), Column.count("at start"), Column.count("churned"),
                        Column.decimal("expected", 1), Column.count("range low"), Column.count("range high"),
                        Column.decimal("p-value", 4), Column.text("verdict"),
                        Column.money("churned MRR", context.ledger().currency()), Column.decimal("z (MRR)", 2));
        for (ChurnAlert a : alerts) {
            String verdict = a.flagged() ? "unusually high" : a.unusuallyLow() ? "unusually low" : "normal";
            t.row(a.month(), a.customersAtStart(), a.churned(), DecimalCells.of(a.expectedChurned()), a.expectedLow(),
                    a.expectedHigh(), DecimalCells.of(a.pValue()), verdict, a.mrr().churnedMrr(),
                    DecimalCells.of(a.mrr().z()));
        }
        ResultTable table = t.build();
        StringBuilder text = new StringBuilder("Each month of ").append(year).append(" against the ")
                .append(TRAILING_MONTHS).append(" months before it (pooled churn rate), exact binomial test at α = ")
                .append(Figures.number(SIGNIFICANCE)).append("; range: counts within expectation;\nz (MRR): churned MRR"
                        + " against the same baseline, normal approximation.\n").append(table.toText());
        for (ChurnAlert a : alerts) {
            ChurnAlertRule.defaults().actionFor(a).ifPresent(action -> text.append('\n').append(a.month())
                    .append(": ").append(action.alertType()));
        }
        long flagged = alerts.stream().filter(ChurnAlert::flagged).count();
        text.append('\n').append(flagged).append(" of ").append(alerts.size()).append(" months flagged; about ")
                .append(Figures.significant(alerts.size() * SIGNIFICANCE)).append(" would be by chance alone.")
                .append("\nA negative z means the customers who left paid less than the average customer at the start.");
        return SectionOutput.text(text.toString()).withTables(table);
    }
}
