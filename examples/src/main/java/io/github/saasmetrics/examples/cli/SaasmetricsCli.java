package io.github.saasmetrics.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code saasmetrics} command line: the report, or one result, computed from a directory of
 * CSV files in the sample's schemas ({@code --data DIR}) or from the bundled sample
 * ({@code --sample}).
 *
 * <pre>{@code
 * saasmetrics report --data exports/ --period 2024-01..2024-12 --out report.html --tables tables/
 * saasmetrics bridge --data exports/ --format csv
 * saasmetrics churn|cohorts|nps --data exports/ --format json
 * }</pre>
 *
 * <p>Exit codes: 0 done, {@value #INTERNAL_ERROR} for a bug (printed with its stack trace),
 * {@value #BAD_INPUT} for a usage error or input the tool cannot use (one message that says what to
 * fix, and where).
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe. {@link #commandLine()} makes a
 * fresh one per run.
 */
@Command(name = "saasmetrics", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = CliVersion.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Subscription metrics from your own CSV files: the full report, or one result as text, CSV or"
                + " JSON."},
        subcommands = {ReportCommand.class, BridgeCommand.class, ChurnCommand.class, CohortsCommand.class,
            NpsCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done",
            "1:internal error: a bug, printed with its stack trace",
            "2:usage error or bad input (a missing file, a CSV value that breaks its schema): the message says what"
                    + " to fix"})
public final class SaasmetricsCli implements Runnable {

    /** The exit code of a bug. */
    public static final int INTERNAL_ERROR = 1;

    /** The exit code of a usage error or of input the tool cannot use; picocli's code for usage errors. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    /** Without a command there is nothing to do: a usage error that lists the commands. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: report, bridge, churn, cohorts or nps");
    }

    /**
     * A fresh command line: enum values in any case, errors handled as the class comment says.
     *
     * @return the command line, not null
     */
    public static CommandLine commandLine() {
        return new CommandLine(new SaasmetricsCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new ErrorHandler());
    }

    /**
     * Runs the command line, printing to standard output and error.
     *
     * @param args the arguments, not null
     * @return the exit code
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Runs the command line and exits with its code when that is not 0. On success it returns
     * instead, so that callers in the same JVM (Maven's {@code exec:java}, {@code SampleReport.main})
     * go on.
     *
     * @param args the arguments, not null
     */
    public static void main(String[] args) {
        // Charts are drawn off-screen; this must be set before any AWT class loads.
        System.setProperty("java.awt.headless", "true");
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
