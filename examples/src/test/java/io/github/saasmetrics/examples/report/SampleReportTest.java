package io.github.saasmetrics.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.SampleReport;
import io.github.saasmetrics.examples.csv.SampleFiles;
import io.github.saasmetrics.examples.sample.HealthInputs;
import io.github.saasmetrics.health.HealthValidation;
import io.github.saasmetrics.health.HealthModel;
import io.github.saasmetrics.health.HealthPortfolio;
import io.github.saasmetrics.health.LedgerHealth;
import io.github.saasmetrics.health.PortfolioCustomer;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.ltv.Ltv;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortMetric;
import io.github.saasmetrics.cohort.CohortRow;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.CustomerRetention;
import io.github.saasmetrics.retention.RevenueChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The report shows the library's own tables, stays readable, and writes a self-contained page with charts. */
class SampleReportTest {

    private static ReportContext context;
    private static List<RenderedSection> sections;

    @BeforeAll
    static void render() {
        context = ReportContext.of(SampleFiles.readBundled());
        sections = SampleReport.render(context);
    }

    private static String text(String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().output().text();
    }

    @Test
    void everySectionIsThereInOrder() {
        assertEquals(SampleReport.sections().stream().map(ReportSection::title).toList(),
                sections.stream().map(RenderedSection::title).toList());
        assertEquals(List.of("At a glance", "Data", "MRR bridge by month", "Growth by year and segment",
                "The same data under each vendor's conventions", "Customer churn and retention by quarter",
                "Revenue retention (GRR, NRR) and MRR churn", "Cohorts: logo retention and net revenue retention",
                "Lifetime value", "Survival: Kaplan–Meier and shifted-beta-geometric", "Net Promoter Score",
                "Support satisfaction (CSAT)", "Customer health", "Churn reasons", "Expansion and contraction by line kind",
                "Churn against benchmarks by company age", "Churn alerts", "What retention is worth (what-if)",
                "Lifetime value under the three payment timings", "Survival with delayed entry"),
                sections.stream().map(RenderedSection::title).toList());
    }

    @Test
    void theBridgeSectionIsTheLibrarysTable() {
        assertEquals(MrrMovements.monthly(context.ledger()).toString(), text("MRR bridge by month"));
    }

    @Test
    void theNpsSectionShowsTheScoreAndItsIntervals() {
        String nps = text("Net Promoter Score");
        var score = Nps.score(context.data().npsResponses());
        assertTrue(nps.startsWith("All responses: " + score + "\n  Wald " + score.waldInterval(0.95)), nps);
        assertTrue(nps.contains(Nps.quarterlyTrend(context.data().npsResponses()).toString().strip()));
    }

    @Test
    void churnAndRetentionAreTheLedgersCountsAndTheLastQuarterShowsEveryDenominator() {
        String text = text("Customer churn and retention by quarter");
        ReportingPeriod q4 = ReportingPeriod.parse("2024-Q4");
        ChurnResult churn = CustomerChurn.measure(context.ledger(), q4);
        MrrBridge bridge = MrrMovements.bridge(context.ledger(), q4);
        long acquired = bridge.newCustomers() + bridge.reactivatedCustomers();
        Matcher row = Pattern.compile("2024-Q4\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)")
                .matcher(text);
        assertTrue(row.find(), text);
        assertEquals(List.of(churn.customersAtStart(), churn.customersAtEnd(), churn.retainedCustomers(), acquired,
                churn.churnEvents()), List.of(Long.parseLong(row.group(1)), Long.parseLong(row.group(2)),
                Long.parseLong(row.group(3)), Long.parseLong(row.group(4)), Long.parseLong(row.group(5))));
        assertEquals(List.of(Figures.percent(churn.rate()), Figures.percent(CustomerRetention.rate(context.ledger(), q4)),
                Figures.percent(CustomerRetention.rate(churn.customersAtStart(), churn.customersAtEnd(), acquired))),
                List.of(row.group(6), row.group(7), row.group(8)));
        String table = churn.toString();
        assertTrue(text.contains(table.substring(table.indexOf('\n') + 1)), "the denominators table as the library prints it");
    }

    @Test
    void revenueRetentionIsTheLibrarysMonthlyAndTrailingTwelveMonthResult() {
        String text = text("Revenue retention (GRR, NRR) and MRR churn");
        YearMonth dec = YearMonth.of(2024, 12);
        RevenueRetentionResult month = RevenueRetention.monthly(context.ledger(), dec);
        RevenueRetentionResult ttm = RevenueRetention.trailingTwelveMonths(context.ledger(), dec);
        var churn = RevenueChurn.measure(context.ledger(), ReportingPeriod.month(dec));
        Matcher row = Pattern.compile("2024-12((?:\\s+\\S+){7})").matcher(text);
        assertTrue(row.find(), text);
        assertEquals(List.of(Long.toString(month.customers()), Figures.percent(month.grr()), Figures.percent(month.nrr()),
                Figures.percent(ttm.grr()), Figures.percent(ttm.nrr()), Figures.percent(churn.gross()),
                Figures.percent(churn.net())), List.of(row.group(1).strip().split("\\s+")));
        assertTrue(text.replace("\n  ", " ").contains(ttm.toString()), text);
        assertTrue(ttm.nrr().value() >= ttm.grr().value());
    }

    @Test
    void cohortsAreTheLibrarysTrianglesWithHeatmapsOfTheSameQuarterlyCohorts() {
        RenderedSection cohorts = sections.stream().filter(s -> s.title().startsWith("Cohorts")).findFirst().orElseThrow();
        CohortTable quarterly = CohortTable.of(context.ledger(), CohortGrouping.QUARTER);
        assertTrue(cohorts.output().text().contains(quarterly.toText(CohortMetric.NET_REVENUE_RETENTION)));
        String logo = quarterly.toText(CohortMetric.LOGO_RETENTION);
        assertTrue(cohorts.output().text().startsWith(logo.substring(0, logo.indexOf("\naverage"))));
        assertEquals(2, cohorts.output().figures().size());
        CohortRow first = quarterly.cohorts().get(0);
        long cells = quarterly.cohorts().stream().mapToLong(r -> r.cells().size()).sum();
        for (Figure figure : cohorts.output().figures()) {
            HeatMapChart heat = (HeatMapChart) figure.chart().get();
            assertEquals(first.cohort() + " (" + Figures.grouped(first.size()) + ")",
                    heat.getHeatMapSeries().getYData().get(quarterly.cohorts().size() - 1),
                    "the first quarterly cohort on top, with its size");
            assertEquals("age (quarters)", heat.getXAxisTitle());
            assertEquals(cells, heat.getHeatMapSeries().getHeatData().size(), "the cells of the quarterly table");
        }
    }

    @Test
    void trialsConvertingAfterTheExportAreCustomersWithoutAFirstPayment() {
        MrrLedger ledger = context.ledger();
        long later = context.data().subscriptions().stream()
                .filter(s -> s.trialEnd() != null && s.trialEnd().isAfter(ledger.lastMonth().atEndOfMonth()))
                .map(s -> s.customer()).distinct()
                .filter(id -> ledger.firstPaidMonth(id).isEmpty()).count();
        assertTrue(later > 0, "the sample has trials converting after the export day");
        CohortTable monthly = CohortTable.of(ledger);
        long placed = monthly.cohorts().stream().mapToLong(row -> row.size()).sum();
        assertEquals(ledger.customerCount(), placed + monthly.customersNeverPaid() + monthly.customersBeforeLedger());
    }

    @Test
    void ltvAndSurvivalShowTheLibrarysResults() {
        String ltv = text("Lifetime value");
        assertTrue(ltv.contains("simple: ARPA × margin / churn  " + Figures.money(Ltv.simple(context.monthly().get(23)
                .arpa(), LtvSection.GROSS_MARGIN, monthlyChurn2024()))), ltv);
        assertTrue(ltv.contains("  " + Figures.amount(LedgerLifetimes.cohorts(context.ledger())
                .get(YearMonth.of(2023, 1)).truncatedTo(3).plus(LedgerLifetimes.cohorts(context.ledger())
                        .get(YearMonth.of(2023, 2)).truncatedTo(3)).plus(LedgerLifetimes.cohorts(context.ledger())
                        .get(YearMonth.of(2023, 3)).truncatedTo(3)).cumulativePerCustomer(2)) + "  "), ltv);

        RenderedSection survival = sections.stream().filter(s -> s.title().startsWith("Survival")).findFirst().orElseThrow();
        SurvivalCurve curve = LedgerLifetimes.survival(context.ledger());
        String text = survival.output().text();
        assertTrue(text.contains(curve.toString().lines().findFirst().orElseThrow()), text);
        assertTrue(text.contains(curve.median().toString()) && text.contains(curve.restrictedMean(24).toString()), text);
        assertTrue(text.contains("sBG fit: 716 customers over 12 periods: α = ") && text.contains("converged after"), text);
        assertEquals(1, survival.output().figures().size());
        XYChart chart = (XYChart) survival.output().figures().get(0).chart().get();
        assertEquals(List.of("95% confidence band", "survival"), chart.getSeriesCollection().stream().map(XYSeries::getName).toList());
    }

    private static Ratio monthlyChurn2024() {
        long events = 0;
        long start = 0;
        for (int m = 1; m <= 12; m++) {
            ChurnResult r = CustomerChurn.measure(context.ledger(), ReportingPeriod.month(YearMonth.of(2024, m)));
            events += r.churnEvents();
            start += r.customersAtStart();
        }
        return Ratio.of(events, start);
    }

    @Test
    void healthShowsThePortfolioTheAccountsAtRiskAndAMeaningfulBackTest() {
        String text = text("Customer health");
        YearMonth dec = YearMonth.of(2024, 12);
        var now = HealthModel.defaults().assessAll(HealthInputs.signals(context.data(), context.ledger(), dec));
        HealthPortfolio portfolio = LedgerHealth.portfolio(now, context.ledger(), dec);
        assertTrue(text.contains(portfolio.toString()), text);
        for (PortfolioCustomer p : portfolio.topAtRisk(HealthSection.TOP)) {
            assertTrue(text.contains(p.customer() + "  " + Figures.money(p.mrr())), p.toString());
        }
        YearMonth june = YearMonth.of(2024, 6);
        HealthValidation test = LedgerHealth.backTest(HealthModel.defaults().assessAll(HealthInputs.signals(
                context.data(), context.ledger(), june)), context.ledger(), june, HealthSection.HORIZON_MONTHS);
        assertTrue(text.contains(test.auc().toString()), text);
        assertTrue(test.auc().value() > 0.65 && test.auc().value() < 0.85, test.auc().toString());
        assertTrue(text.contains("effect +"), "the value experiment");
    }

    /**
     * The report's text is the recorded one: a change of any figure or label must be deliberate, and
     * comes with a regenerated {@code golden/sample-report.txt} (see examples/README.md).
     */
    @Test
    void theTextReportIsTheRecordedOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextReport.print(SampleReport.TITLE, sections, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String golden;
        try (var in = SampleReportTest.class.getResourceAsStream("/golden/sample-report.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The command's output ends with the path of the HTML file, which depends on the checkout.
        int html = golden.indexOf("\nHTML report with charts: ");
        assertEquals((html < 0 ? golden : golden.substring(0, html)).stripTrailing(),
                bytes.toString(StandardCharsets.UTF_8).stripTrailing());
    }

    @Test
    void theTextReportIsAboutFourHundredLinesAndEveryLineFitsAWideTerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextReport.print(SampleReport.TITLE, sections, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.size() >= 330 && lines.size() <= 480, "lines: " + lines.size());
        for (String line : lines) {
            assertTrue(line.length() <= 190, line);
        }
    }

    @Test
    void theHtmlPageIsSelfContainedWithOnePngChartPerFigureAndSmall(@TempDir Path dir) throws IOException {
        Path file = HtmlReport.write(SampleReport.TITLE, sections, dir);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        long figures = sections.stream().mapToLong(s -> s.output().figures().size()).sum();
        assertEquals(5, figures, "MRR bridge, two cohort heat maps, survival curve, NPS trend");
        assertEquals(figures, Pattern.compile("src=\"data:image/png;base64,").matcher(html).results().count());
        assertTrue(Files.size(file) <= 1_500_000, "the page is at most 1.5 MB but was " + Files.size(file));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(!html.contains("http://") && !html.contains("https://"), "the page loads nothing from elsewhere");
        for (RenderedSection s : sections) {
            assertTrue(html.contains("<h2>" + s.title() + "</h2>"), s.title());
        }
    }

    /**
     * In headless Chromium nothing on the page is wider than the page, at a desktop and a narrow
     * window width ({@code scripts/check-report-page.sh}); skipped where Chromium is not installed.
     */
    @Test
    void nothingOnThePageIsWiderThanThePageInABrowser(@TempDir Path dir) throws IOException, InterruptedException {
        boolean chromium = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .anyMatch(name -> Files.isExecutable(Path.of(d, name))));
        Assumptions.assumeTrue(chromium, "Chromium is not installed");
        Path file = HtmlReport.write(SampleReport.TITLE, sections, dir);
        Process check = new ProcessBuilder("bash", "scripts/check-report-page.sh", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(3, TimeUnit.MINUTES), "the check finishes");
        assertEquals(0, check.exitValue(), out);
    }

    @Test
    void textAndTitlesAreEscaped() {
        String html = HtmlReport.html("A & B", List.of(new RenderedSection("<x>", SectionOutput.text("a < b & \"c\""))));
        assertTrue(html.contains("<title>A &amp; B</title>"), html);
        assertTrue(html.contains("<h2>&lt;x&gt;</h2>"), html);
        assertTrue(html.contains("<pre>a &lt; b &amp; &quot;c&quot;</pre>"), html);
    }

    @Test
    void mainPrintsTheReportAndNamesTheHtmlFile(@TempDir Path dir) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            SampleReport.main(new String[] {dir.toString()});
        } finally {
            System.setOut(stdout);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith(SampleReport.TITLE + "\n"), out);
        assertTrue(out.contains("\nHTML report with charts: "
                + dir.resolve("report.html").toAbsolutePath().normalize() + "\n"), out);
        assertTrue(Files.exists(dir.resolve("report.html")));
        Path tables = dir.resolve(ReportTables.DIRECTORY);
        long files = sections.stream().mapToLong(s -> s.output().tables().size()).sum();
        assertTrue(out.strip().endsWith("Tables as CSV (" + files + " files): " + tables.toAbsolutePath().normalize()),
                out);
        assertTrue(Files.isDirectory(tables));
    }
}
