package io.github.saasmetrics.examples;

import io.github.saasmetrics.examples.cli.SaasmetricsCli;
import io.github.saasmetrics.examples.report.ChurnAlertSection;
import io.github.saasmetrics.examples.report.ChurnBenchmarkSection;
import io.github.saasmetrics.examples.report.ChurnReasonsSection;
import io.github.saasmetrics.examples.report.ConventionsSection;
import io.github.saasmetrics.examples.report.CsatSection;
import io.github.saasmetrics.examples.report.CohortSection;
import io.github.saasmetrics.examples.report.CustomerChurnSection;
import io.github.saasmetrics.examples.report.DelayedEntrySection;
import io.github.saasmetrics.examples.report.GrowthSection;
import io.github.saasmetrics.examples.report.HealthSection;
import io.github.saasmetrics.examples.report.HtmlReport;
import io.github.saasmetrics.examples.report.ReportTables;
import io.github.saasmetrics.examples.report.LineKindSection;
import io.github.saasmetrics.examples.report.LtvSection;
import io.github.saasmetrics.examples.report.LtvTimingSection;
import io.github.saasmetrics.examples.report.MrrBridgeSection;
import io.github.saasmetrics.examples.report.NpsSection;
import io.github.saasmetrics.examples.report.OverviewSection;
import io.github.saasmetrics.examples.report.RenderedSection;
import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.examples.report.ReportSection;
import io.github.saasmetrics.examples.report.RevenueRetentionSection;
import io.github.saasmetrics.examples.report.SummarySection;
import io.github.saasmetrics.examples.report.SurvivalSection;
import io.github.saasmetrics.examples.report.WhatIfSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample report: the library's metrics on the bundled sample business, printed to standard
 * output and, given a directory, written as an HTML page with charts.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl examples -am -Psample-report package}, which runs the
 * command line's {@code report --sample} ({@link SaasmetricsCli}) and writes
 * {@code examples/target/sample-report/report.html}. The data comes from the CSV files under
 * {@code src/main/resources/sample/}, read through the same importers as a user's own exports.
 *
 * <p>The report is the list {@link #sections()}: each {@link ReportSection} computes its metrics
 * from a {@link ReportContext} and renders text and charts. A new metric is one more class in that
 * list.
 */
public final class SampleReport {

    /** The report's title. */
    public static final String TITLE = "saasmetrics sample report";

    private SampleReport() {
    }

    /**
     * Prints the report and, given a directory, writes the HTML page and the tables as CSV files into
     * it: the command line's {@code report --sample} ({@link SaasmetricsCli}).
     *
     * @param args optional: a directory for {@code report.html} and {@code report-tables/}
     */
    public static void main(String[] args) {
        List<String> command = new ArrayList<>(List.of("report", "--sample"));
        if (args.length > 0) {
            Path dir = Path.of(args[0]);
            command.addAll(List.of("--out", dir.resolve(HtmlReport.FILE_NAME).toString(),
                    "--tables", dir.resolve(ReportTables.DIRECTORY).toString()));
        }
        SaasmetricsCli.main(command.toArray(String[]::new));
    }

    /**
     * The sections of the report, in order.
     *
     * @return the sections, not null
     */
    public static List<ReportSection> sections() {
        return List.of(
                new SummarySection(),
                new OverviewSection(),
                new MrrBridgeSection(),
                new GrowthSection(),
                new ConventionsSection(),
                new CustomerChurnSection(),
                new RevenueRetentionSection(),
                new CohortSection(),
                new LtvSection(),
                new SurvivalSection(),
                new NpsSection(),
                new CsatSection(),
                new HealthSection(),
                new ChurnReasonsSection(),
                new LineKindSection(),
                new ChurnBenchmarkSection(),
                new ChurnAlertSection(),
                new WhatIfSection(),
                new LtvTimingSection(),
                new DelayedEntrySection());
    }

    /**
     * Renders every section.
     *
     * @param context the data and shared values, not null
     * @return the rendered sections, in order, not null
     */
    public static List<RenderedSection> render(ReportContext context) {
        return sections().stream().map(s -> new RenderedSection(s.title(), s.render(context))).toList();
    }
}
