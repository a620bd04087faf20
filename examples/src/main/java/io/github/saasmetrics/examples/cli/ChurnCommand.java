package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.report.CustomerChurnTable;
import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.table.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saasmetrics churn}: customer (logo) churn and retention per month, or per quarter as the
 * report's "Customer churn and retention by quarter" section shows it ({@link CustomerChurnTable}).
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe.
 */
@Command(name = "churn", sortOptions = false,
        description = {"Prints customer (logo) churn and retention per month: customers at the start and end, the"
                + " retained, joins, churn events, churn C / S, retention on the ledger and the textbook (E − N) / S."})
final class ChurnCommand extends ResultCommand {

    @Option(names = "--by", paramLabel = "CADENCE", defaultValue = "month",
            description = "Per ${COMPLETION-CANDIDATES}; quarters are the whole calendar quarters of --period, as in the"
                    + " report. Default: ${DEFAULT-VALUE}.")
    private Cadence by;

    @Override
    ResultTable table(ReportContext context) {
        return by == Cadence.MONTH ? CustomerChurnTable.byMonth(context.ledger(), context.data().period())
                : CustomerChurnTable.byQuarter(context.ledger(), context.data().period());
    }
}
