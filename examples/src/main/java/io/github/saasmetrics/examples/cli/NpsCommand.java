package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.table.ResultTable;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saasmetrics nps}: the Net Promoter Score per quarter, the trend of the report's "Net
 * Promoter Score" section ({@code Nps.quarterlyTrend(responses).toTable()}), or per month.
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe.
 */
@Command(name = "nps", sortOptions = false,
        description = {"Prints the Net Promoter Score per quarter: responses, shares of promoters, passives and"
                + " detractors, NPS, its standard error and 95%% interval. Like the report, it scores every answer in"
                + " nps.csv, whatever --period says."})
final class NpsCommand extends ResultCommand {

    @Option(names = "--by", paramLabel = "CADENCE", defaultValue = "quarter",
            description = "Per ${COMPLETION-CANDIDATES} of the answers' dates. Default: ${DEFAULT-VALUE}.")
    private Cadence by;

    @Override
    ResultTable table(ReportContext context) {
        List<NpsResponse> responses = context.data().npsResponses();
        return (by == Cadence.MONTH ? Nps.monthlyTrend(responses) : Nps.quarterlyTrend(responses)).toTable();
    }
}
