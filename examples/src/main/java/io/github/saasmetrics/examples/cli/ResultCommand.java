package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.table.ResultTable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that prints one result as a table: it reads the data as the report does
 * ({@link DataOptions}), computes one typed table from the {@link ReportContext}, and prints it in
 * the {@code --format} asked for.
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe.
 */
abstract class ResultCommand implements Callable<Integer> {

    @Mixin
    private DataOptions data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (aligned text, RFC 4180 CSV with raw numbers, or JSON with"
                    + " exact decimals). Default: ${DEFAULT-VALUE}.")
    private TableFormat format;

    @Spec
    private CommandSpec spec;

    /**
     * The result.
     *
     * @param context the data and the values the report shares, not null
     * @return the table, not null
     */
    abstract ResultTable table(ReportContext context);

    @Override
    public Integer call() {
        ResultTable table = table(data.context());
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.render(table));
        out.flush();
        return 0;
    }
}
