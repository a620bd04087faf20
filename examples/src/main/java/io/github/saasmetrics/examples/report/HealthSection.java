package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.ExperimentUnit;
import io.github.saasmetrics.examples.sample.HealthInputs;
import io.github.saasmetrics.experiment.DifferenceInDifferences;
import io.github.saasmetrics.health.HealthAssessment;
import io.github.saasmetrics.health.HealthValidation;
import io.github.saasmetrics.health.HealthModel;
import io.github.saasmetrics.health.HealthPortfolio;
import io.github.saasmetrics.experiment.KpiChanges;
import io.github.saasmetrics.health.LedgerHealth;
import io.github.saasmetrics.health.Playbook;
import io.github.saasmetrics.health.PlaybookAction;
import io.github.saasmetrics.health.PortfolioCustomer;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Customer health under the default model ({@link HealthModel#defaults()}): customers and MRR by
 * band at the last observed month, the largest accounts at risk with their reasons and playbook
 * actions, a back-test of earlier scores against the churn that followed, and the value
 * experiment as a difference in differences.
 */
public final class HealthSection implements ReportSection {

    /** Months after the scores in which churn is counted by the back-test. */
    static final int HORIZON_MONTHS = 6;

    /** At-risk accounts listed. */
    static final int TOP = 5;

    /** Of those, how many get their playbook actions listed. */
    static final int WITH_ACTIONS = 3;

    @Override
    public String title() {
        return "Customer health";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        MrrLedger ledger = context.ledger();
        List<YearMonth> months = HealthInputs.months(context.data()).stream()
                .filter(m -> !m.isBefore(ledger.firstMonth()) && !m.isAfter(ledger.lastMonth())).toList();
        if (months.isEmpty()) {
            return SectionOutput.text("No health signals in the data (health.csv).");
        }
        HealthModel model = HealthModel.defaults();
        YearMonth now = months.get(months.size() - 1);
        List<HealthAssessment> assessments = model.assessAll(HealthInputs.signals(context.data(), ledger, now));
        Map<CustomerId, HealthAssessment> byCustomer = new HashMap<>();
        assessments.forEach(a -> byCustomer.put(a.customer(), a));
        HealthPortfolio portfolio = LedgerHealth.portfolio(assessments, ledger, now);
        StringBuilder text = new StringBuilder("Scores at ").append(now).append(" (default model; usage, engagement and"
                + " support signals, latest NPS and CSAT answers, MRR trend over ").append(HealthInputs.MRR_TREND_MONTHS)
                .append(" months):\n").append(portfolio).append("\n\nLargest accounts at risk, by MRR:\n");
        TextTable.Builder top = TextTable.builder("customer", "MRR", "band", "score", "<largest shortfalls");
        List<PortfolioCustomer> atRisk = portfolio.topAtRisk(TOP);
        for (PortfolioCustomer p : atRisk) {
            HealthAssessment a = byCustomer.get(p.customer());
            top.row(p.customer(), Figures.money(p.mrr()), p.band().label(), a.displayScore(), String.join("; ", a.reasons().subList(0,
                    Math.min(2, a.reasons().size()))).replace(" vs. full health", ""));
        }
        text.append(top.build()).append('\n');
        for (PortfolioCustomer p : atRisk.subList(0, Math.min(WITH_ACTIONS, atRisk.size()))) {
            text.append("playbook for ").append(p.customer()).append(": ").append(Playbook.defaults()
                    .actionsFor(byCustomer.get(p.customer())).stream().map(PlaybookAction::alertType)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        List<ResultTable> tables = new java.util.ArrayList<>(List.of(portfolio.toTable()));
        YearMonth past = months.stream().filter(m -> !m.plusMonths(HORIZON_MONTHS).isAfter(ledger.lastMonth()))
                .reduce((a, b) -> b).orElse(null);
        if (past != null) {
            HealthValidation test = LedgerHealth.backTest(model.assessAll(HealthInputs.signals(context.data(), ledger,
                    past)), ledger, past, HORIZON_MONTHS);
            tables.add(test.toTable());
            text.append("\nBack-test: scores at ").append(past).append(" against churn in the ").append(HORIZON_MONTHS)
                    .append(" months after\n").append(Formats.wrap(test.toString())).append('\n');
        }
        List<ExperimentUnit> units = context.data().valueExperiment();
        if (units.stream().anyMatch(ExperimentUnit::target) && units.stream().anyMatch(u -> !u.target())) {
            DifferenceInDifferences experiment = DifferenceInDifferences.of(changes(units, true), changes(units, false));
            tables.add(experiment.toTable());
            text.append("\nValue experiment (experiment.csv): the KPI's change in the target group against the control"
                    + " group\n").append(experiment);
        }
        return SectionOutput.text(text.toString().stripTrailing()).withTables(tables.toArray(new ResultTable[0]));
    }

    private static KpiChanges changes(List<ExperimentUnit> units, boolean target) {
        return units.stream().filter(u -> u.target() == target)
                .collect(KpiChanges.toKpiChanges(u -> u.before().doubleValue(), u -> u.after().doubleValue()));
    }
}
