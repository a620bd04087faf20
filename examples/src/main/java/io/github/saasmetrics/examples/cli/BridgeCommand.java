package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.table.ResultTable;
import picocli.CommandLine.Command;

/**
 * {@code saasmetrics bridge}: the monthly MRR bridge, the table of the report's "MRR bridge by
 * month" section ({@code MrrBridgeTable.toTable()}).
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe.
 */
@Command(name = "bridge", sortOptions = false,
        description = {"Prints the monthly MRR bridge: starting MRR, new business, expansion, contraction, churn,"
                + " reactivation, FX and ending MRR of each month, with the customer counts behind them."})
final class BridgeCommand extends ResultCommand {

    @Override
    ResultTable table(ReportContext context) {
        return context.monthly().toTable();
    }
}
