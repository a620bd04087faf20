package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.SampleReport;
import io.github.saasmetrics.examples.report.HtmlReport;
import io.github.saasmetrics.examples.report.RenderedSection;
import io.github.saasmetrics.examples.report.ReportTables;
import io.github.saasmetrics.examples.report.TextReport;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code saasmetrics report}: the sample report's sections ({@link SampleReport#sections()}) on the
 * user's data, printed as text, and on request written as one HTML page with charts
 * ({@link HtmlReport}) and as CSV files, one per table ({@link ReportTables}).
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe.
 */
@Command(name = "report", sortOptions = false,
        description = {"Prints the full report as text: the MRR bridge, growth, churn and retention, GRR and NRR,"
                + " cohorts, LTV, survival, NPS, CSAT, customer health, churn reasons and more.",
            "With --out, also writes it as one self-contained HTML page with charts; with --tables, every table as"
                + " a CSV file."})
final class ReportCommand implements Callable<Integer> {

    /** The title of a report on the user's data. */
    static final String TITLE = "saasmetrics report";

    @Mixin
    private DataOptions data;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report as an HTML page with charts to FILE, such as report.html (a directory gets"
                    + " " + HtmlReport.FILE_NAME + " inside it).")
    private Path html;

    @Option(names = "--tables", paramLabel = "DIR",
            description = "Write every table of the report as a CSV file into DIR (RFC 4180, raw numbers).")
    private Path tables;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The report's title. Default: '" + TITLE + "', or '" + SampleReport.TITLE + "' with --sample.")
    private String title;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // Charts are drawn off-screen; this must be set before any AWT class loads.
        System.setProperty("java.awt.headless", "true");
        ReportingPeriod period = data.period();
        // The growth section bridges every calendar year the period touches; a year cut short would reach past
        // the ledger, so say so here rather than fail inside a section.
        if (period.firstMonth().getMonth() != Month.JANUARY || period.lastMonth().getMonth() != Month.DECEMBER) {
            throw new ParameterException(spec.commandLine(), "report needs --period to be whole calendar years, such as"
                    + " 2024 or 2023-01..2024-12, as its sections compare years; but it was " + period.firstMonth() + ".."
                    + period.lastMonth() + ". For other months, use bridge, churn, cohorts or nps.");
        }
        String heading = title != null ? title : data.sample() ? SampleReport.TITLE : TITLE;
        List<RenderedSection> rendered = SampleReport.render(data.context());
        PrintWriter out = spec.commandLine().getOut();
        out.print(text(heading, rendered));
        out.flush();
        if (html != null || tables != null) {
            out.println();
        }
        if (html != null) {
            out.println("HTML report with charts: " + writeHtml(heading, rendered));
        }
        if (tables != null) {
            Path dir = tables.toAbsolutePath().normalize();
            List<Path> files;
            try {
                files = ReportTables.writeInto(rendered, dir);
            } catch (UncheckedIOException e) {
                throw new BadInputException("cannot write the tables into " + dir + ": " + e.getCause(), e);
            }
            out.println("Tables as CSV (" + files.size() + " files): " + dir);
        }
        out.flush();
        return 0;
    }

    /** The text report as {@link TextReport} prints it. */
    private static String text(String heading, List<RenderedSection> rendered) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextReport.print(heading, rendered, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Writes the page, creating its directory if needed; returns its absolute path. */
    private Path writeHtml(String heading, List<RenderedSection> rendered) {
        Path file = html.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve(HtmlReport.FILE_NAME);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, HtmlReport.html(heading, rendered), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot write the HTML report to " + file + ": " + e, e);
        }
        return file;
    }
}
