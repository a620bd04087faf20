package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.charts.Charts;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortMetric;
import io.github.saasmetrics.cohort.CohortTable;
import java.util.List;

/**
 * Cohort tables ({@link CohortTable}): customers grouped by the quarter of their first payment,
 * their logo retention and net revenue retention by age in quarters as text, and both as heat maps
 * of the same quarterly cohorts, so that a chart and the table beside it read alike.
 */
public final class CohortSection implements ReportSection {

    @Override
    public String title() {
        return "Cohorts: logo retention and net revenue retention";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        CohortTable quarterly = CohortTable.of(context.ledger(), CohortGrouping.QUARTER);
        String logo = quarterly.toText(CohortMetric.LOGO_RETENTION);
        // Both triangles end with the same note of the customers left out: print it once.
        List<String> logoLines = logo.lines().toList();
        int average = 0;
        while (average < logoLines.size() && !logoLines.get(average).startsWith("average")) {
            average++;
        }
        StringBuilder text = new StringBuilder(String.join("\n", logoLines.subList(0, Math.min(average + 1,
                logoLines.size())))).append("\n\n").append(quarterly.toText(CohortMetric.NET_REVENUE_RETENTION));
        CohortTable monthly = CohortTable.of(context.ledger());
        return new SectionOutput(text.toString(), List.of(
                new Figure("Logo retention of each quarterly cohort (% of its customers paying), by age in quarters.",
                        () -> Charts.cohortHeatmap("Logo retention by quarterly cohort (%)", quarterly,
                                CohortMetric.LOGO_RETENTION)),
                new Figure("Net revenue retention of each quarterly cohort (% of its MRR at age 0), by age in quarters.",
                        () -> Charts.cohortHeatmap("Net revenue retention by quarterly cohort (%)", quarterly,
                                CohortMetric.NET_REVENUE_RETENTION)))).withTables(quarterly.toTable(), monthly.toTable());
    }
}
