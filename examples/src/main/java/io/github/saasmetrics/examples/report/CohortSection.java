package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.retention.CohortGrouping;
import io.github.saasmetrics.retention.CohortMetric;
import io.github.saasmetrics.retention.CohortRow;
import io.github.saasmetrics.retention.CohortTable;
import io.github.saasmetrics.stats.Ratio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Cohort tables ({@link CohortTable}): customers grouped by the quarter of their first payment,
 * their logo retention and net revenue retention by age in quarters as text, and the monthly
 * cohorts of both as heat maps.
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
                new Figure("Logo retention of each monthly cohort (% of its customers paying), by age in months.",
                        () -> heatmap("Logo retention by monthly cohort (%)", monthly, CohortRow::logoRetention)),
                new Figure("Net revenue retention of each monthly cohort (% of its first month's MRR), by age in months.",
                        () -> heatmap("Net revenue retention by monthly cohort (%)", monthly,
                                CohortRow::netRevenueRetention))));
    }

    private static org.knowm.xchart.HeatMapChart heatmap(String title, CohortTable table,
            BiFunction<CohortRow, Integer, Optional<Ratio>> metric) {
        int ages = table.cohorts().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String> cohorts = new ArrayList<>();
        List<String> ageLabels = new ArrayList<>();
        for (int k = 0; k < ages; k++) {
            ageLabels.add(Integer.toString(k));
        }
        double[][] values = new double[table.cohorts().size()][ages];
        for (int c = 0; c < values.length; c++) {
            CohortRow row = table.cohorts().get(c);
            cohorts.add(row.cohort().toString());
            Arrays.fill(values[c], Double.NaN);
            for (int k = 0; k < row.cells().size(); k++) {
                Ratio r = metric.apply(row, k).orElseThrow();
                if (r.defined()) {
                    values[c][k] = r.percent();
                }
            }
        }
        return Charts.cohortHeatmap(title, cohorts, ageLabels, values);
    }
}
