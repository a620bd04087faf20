package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.table.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saasmetrics cohorts}: the cohort table of the report's "Cohorts" section, customers
 * grouped by the quarter (or month, or year) of their first payment ({@code CohortTable.toTable()}).
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe.
 */
@Command(name = "cohorts", sortOptions = false,
        description = {"Prints the cohort table in long form, one row per cohort and age: cohort size, customers"
                + " paying, logo retention, MRR, retained MRR, NRR and GRR."})
final class CohortsCommand extends ResultCommand {

    @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "QUARTER",
            description = "Cohorts by the ${COMPLETION-CANDIDATES} of the first payment (any case). Default: quarter,"
                    + " as in the report.")
    private CohortGrouping by;

    @Override
    ResultTable table(ReportContext context) {
        return CohortTable.of(context.ledger(), by).toTable();
    }
}
