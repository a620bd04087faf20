package io.github.saasmetrics.examples.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.ExperimentUnit;
import io.github.saasmetrics.examples.sample.HealthInputs;
import io.github.saasmetrics.examples.sample.SampleData;
import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.experiment.DifferenceInDifferences;
import io.github.saasmetrics.health.HealthValidation;
import io.github.saasmetrics.health.HealthModel;
import io.github.saasmetrics.health.HealthPortfolio;
import io.github.saasmetrics.experiment.KpiChanges;
import io.github.saasmetrics.health.LedgerHealth;
import io.github.saasmetrics.health.RocAuc;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.ltv.Ltv;
import io.github.saasmetrics.ltv.PaymentTiming;
import io.github.saasmetrics.ltv.ShiftedBetaGeometric;
import io.github.saasmetrics.ltv.ShiftedBetaGeometricFit;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.surveys.Csat;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.retention.ChurnConversions;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortMetric;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.CustomerRetention;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import io.github.saasmetrics.charts.Charts;
import io.github.saasmetrics.jupyter.NotebookDisplay;
import io.github.saasmetrics.table.Figures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every code cell of {@code notebooks/saasmetrics.ipynb} as the kernel would (see
 * {@link IJavaShell}) and shows each value as JJava does with the saasmetrics extension
 * ({@link NotebookDisplay}: HTML tables, PNG charts), fails on a rejected snippet or an exception,
 * checks that the outputs saved in the notebook are those of this run and that its HTML is
 * well-formed, and checks the numbers the notebook shows against the library called directly.
 *
 * <p>After changing a cell or the library's output, refresh the saved outputs and
 * {@code golden/notebook-outputs.txt} with {@code ./mvnw -B -pl examples -am test -Dtest=NotebookTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dnotebook.update=true}.
 */
class NotebookTest {

    static final Path NOTEBOOK = Path.of("notebooks/saasmetrics.ipynb");
    /** The saved outputs as text, so that a change of what the notebook shows reads as a diff. */
    static final Path GOLDEN = Path.of("src/test/resources/golden/notebook-outputs.txt");
    private static final boolean UPDATE = Boolean.getBoolean("notebook.update");

    record Ran(String source, IJavaShell.CellResult result, ArrayNode outputs) { }

    private static Notebook notebook;
    private static final List<Ran> RAN = new ArrayList<>();
    private static final List<String> STALE = new ArrayList<>();

    @BeforeAll
    static void runEveryCell() throws Exception {
        notebook = Notebook.read(NOTEBOOK);
        String version = System.getProperty("project.version");
        assertTrue(version != null && !version.isBlank(), "the build passes project.version to the test");
        Map<String, List<Path>> artifacts = Map.of(
                "io.github.saasmetrics:saasmetrics-core:" + version, List.of(location(MrrLedger.class)),
                "io.github.saasmetrics:saasmetrics-examples:" + version, List.of(location(SampleData.class)),
                "io.github.saasmetrics:saasmetrics-jupyter:" + version, List.of(location(NotebookDisplay.class),
                        location(Charts.class), location(org.knowm.xchart.XYChart.class)),
                "org.dflib:dflib:" + System.getProperty("dflib.version"), List.of(location(org.dflib.DataFrame.class)));
        int count = 0;
        try (IJavaShell shell = new IJavaShell(artifacts)) {
            for (ObjectNode cell : notebook.cells()) {
                if (!Notebook.isCode(cell)) {
                    continue;
                }
                count++;
                String source = Notebook.source(cell);
                IJavaShell.CellResult result = shell.run(source, "notebook cell " + count + " (" + firstLine(source) + ")");
                ArrayNode outputs = Notebook.outputs(result, count);
                RAN.add(new Ran(source, result, outputs));
                if (!outputs.equals(cell.get("outputs")) || cell.path("execution_count").asInt(-1) != count) {
                    STALE.add("cell " + count + " (" + firstLine(source) + ")");
                    cell.set("outputs", outputs);
                    cell.put("execution_count", count);
                }
            }
        }
        if (UPDATE) {
            for (ObjectNode cell : notebook.cells()) {
                cell.set("source", Notebook.lines(Notebook.source(cell)));
            }
            notebook.write(NOTEBOOK);
            Files.writeString(GOLDEN, notebook.outputsText(), StandardCharsets.UTF_8);
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    private static Ran cell(String fragment) {
        List<Ran> matches = RAN.stream().filter(r -> r.source().contains(fragment)).toList();
        assertEquals(1, matches.size(), () -> "exactly one cell should contain: " + fragment);
        return matches.get(0);
    }

    private static String shown(Ran ran) {
        return Notebook.text(ran.outputs().get(ran.outputs().size() - 1).path("data").path("text/plain"));
    }

    @Test
    void theNotebookIsAnIJavaNotebook() {
        ObjectNode root = notebook.root();
        assertEquals(4, root.path("nbformat").asInt());
        assertEquals("java", root.path("metadata").path("kernelspec").path("name").asText());
        assertEquals("java", root.path("metadata").path("kernelspec").path("language").asText());
        assertTrue(RAN.size() >= 20, "the notebook walks through the metrics in many cells, not " + RAN.size());
        for (Ran ran : RAN) {
            assertFalse(ran.source().isBlank(), "no empty code cells");
        }
    }

    /** nbformat 4.5 gives every cell an id, unique in the notebook, of 1 to 64 letters, digits, '-' or '_'. */
    @Test
    void everyCellHasItsOwnId() {
        ObjectNode root = notebook.root();
        assertTrue(root.path("nbformat_minor").asInt() >= 5, "cell ids need nbformat 4.5");
        Set<String> ids = new HashSet<>();
        List<ObjectNode> cells = notebook.cells();
        for (int i = 0; i < cells.size(); i++) {
            String id = cells.get(i).path("id").asText("");
            int cell = i;
            assertTrue(id.matches("[A-Za-z0-9_-]{1,64}"), () -> "cell " + cell + " has no valid id: '" + id + "'");
            assertTrue(ids.add(id), () -> "cell " + cell + " repeats the id " + id);
        }
    }

    @Test
    void theSavedOutputsAreThoseOfAFreshRun() {
        assertTrue(UPDATE || STALE.isEmpty(), () -> "saved outputs differ from a fresh run in " + STALE
                + "; refresh them with ./mvnw -B -pl examples -am test -Dtest=NotebookTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dnotebook.update=true");
    }

    @Test
    void theOutputsAsTextAreTheRecordedOnes() throws IOException {
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), notebook.outputsText(),
                "refresh with ./mvnw -B -pl examples -am test -Dtest=NotebookTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dnotebook.update=true");
    }

    /**
     * Results show as HTML tables and charts as PNG images, as JJava shows them with the saasmetrics
     * extension: every HTML output is well-formed and every image a PNG; the saved ones are those of
     * this run ({@link #theSavedOutputsAreThoseOfAFreshRun}).
     */
    @Test
    void resultsShowAsHtmlTablesAndTheFourChartsAsImages() throws Exception {
        List<String> html = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (Ran ran : RAN) {
            for (var output : ran.outputs()) {
                var data = output.path("data");
                if (data.has("text/html")) {
                    html.add(Notebook.text(data.get("text/html")));
                }
                if (data.has("image/png")) {
                    images.add(data.get("image/png").asText());
                }
            }
        }
        assertTrue(html.size() >= 10, "HTML tables: " + html.size());
        var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (String h : html) {
            var doc = parser.parse(new ByteArrayInputStream(h.getBytes(StandardCharsets.UTF_8)));
            assertEquals("div", doc.getDocumentElement().getTagName());
            assertTrue(doc.getElementsByTagName("table").getLength() > 0, h);
        }
        assertEquals(4, images.size(), "the MRR bridge, a cohort heat map, the survival curve, the NPS trend");
        for (String png : images) {
            assertTrue(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png))).getWidth() > 1000);
        }
        for (String chart : List.of("Charts.mrrBridge(monthly)", "Charts.cohortHeatmap(", "Charts.survivalCurve(",
                "Charts.npsTrend(quarterly)")) {
            assertTrue(cell(chart).outputs().get(0).path("data").has("image/png"), chart);
        }
        Ran bridge = cell("MrrMovements.monthly(ledger)");
        assertEquals(NotebookDisplay.html(bridge.result().value()).orElseThrow(),
                Notebook.text(bridge.outputs().get(0).path("data").get("text/html")));
    }

    @Test
    void theNumbersShownAreTheLibrarysNumbers() {
        SampleDataset data = SampleData.generate();
        MrrLedger ledger = MrrLedger.fromSubscriptions(data.subscriptions(), data.period(), MrrConventions.defaults(),
                data.rates());

        Ran total = cell("ledger.total(YearMonth.of(2024, 12))");
        assertEquals(ledger.total(YearMonth.of(2024, 12)), total.result().value());
        assertEquals(ledger.total(YearMonth.of(2024, 12)).toString(), shown(total));

        Ran monthly = cell("MrrMovements.monthly(ledger)");
        MrrBridgeTable table = assertInstanceOf(MrrBridgeTable.class, monthly.result().value());
        assertEquals(MrrMovements.monthly(ledger), table);
        assertEquals(MrrMovements.monthly(ledger).toString(), shown(monthly));

        Ran year = cell("MrrMovements.bridge(ledger, ReportingPeriod.year(2024));");
        assertEquals(MrrMovements.bridge(ledger, ReportingPeriod.year(2024)), year.result().value());
        Ran derived = cell("quick ratio");
        assertTrue(derived.result().stdout().contains("ARPA         "
                + Figures.money(MrrMovements.bridge(ledger, ReportingPeriod.year(2024)).arpa())),
                derived.result().stdout());

        assertEquals(ledger.mrr(CustomerId.of("cus_00064"), YearMonth.of(2023, 12)),
                cell("ledger.mrr(CustomerId.of(\"cus_00064\")").result().value());

        NpsScore nps = Nps.score(data.npsResponses());
        assertEquals(nps, cell("Nps.score(data.npsResponses())").result().value());
        assertEquals(nps.toString(), shown(cell("Nps.score(data.npsResponses())")));
        assertTrue(cell("nps.waldInterval(0.95)").result().stdout().contains(nps.waldInterval(0.95).toString()));
        assertEquals(Nps.quarterlyTrend(data.npsResponses()), cell("Nps.quarterlyTrend").result().value());

        assertEquals(Csat.score(data.csatAnswers()), cell("Csat.score(data.csatAnswers())").result().value());
        theRetentionLifetimeAndHealthNumbersAreTheLibrarys(data, ledger);
        theReasonsKindsAlertsAndWhatIfNumbersAreTheLibrarys(data, ledger);
        assertEquals(Boolean.TRUE, cell("SampleFiles.readBundled().equals(data)").result().value());
        assertTrue(cell("SubscriptionCsv.read(new StringReader(csv)").result().stdout()
                .startsWith("mine.csv line 3, column 'amount'"));
    }

    private static void theRetentionLifetimeAndHealthNumbersAreTheLibrarys(SampleDataset data, MrrLedger ledger) {
        String retention = cell("CustomerRetention.rate(ledger, ReportingPeriod.year(2024))").result().stdout();
        assertTrue(retention.startsWith("from the ledger        " + CustomerRetention.rate(ledger,
                ReportingPeriod.year(2024)) + "\n"), retention);
        MrrBridge year = MrrMovements.bridge(ledger, ReportingPeriod.year(2024));
        assertTrue(retention.endsWith("textbook, bridge's N   " + CustomerRetention.rate(year.customersAtStart(),
                year.customersAtEnd(), year.newCustomers() + year.reactivatedCustomers()) + "\n"), retention);
        ChurnResult churn = CustomerChurn.measure(ledger, ReportingPeriod.parse("2024-Q4"));
        assertEquals(churn, cell("CustomerChurn.measure(ledger, q4)").result().value());
        assertEquals(churn.toString(), shown(cell("CustomerChurn.measure(ledger, q4)")));
        RevenueRetentionResult december = RevenueRetention.monthly(ledger, YearMonth.of(2024, 12));
        assertEquals(december, cell("RevenueRetention.monthly(ledger, YearMonth.of(2024, 12))").result().value());
        assertTrue(cell("RevenueRetention.trailingTwelveMonths").result().stdout().contains("GRR "
                + Figures.moneyRatio(RevenueRetention.trailingTwelveMonths(ledger, YearMonth.of(2024, 12)).grr(),
                        ledger.currency())));

        CohortTable cohorts = CohortTable.of(ledger, CohortGrouping.QUARTER);
        assertEquals(cohorts, cell("CohortTable.of(ledger, CohortGrouping.QUARTER)").result().value());
        assertEquals(cohorts.toText(CohortMetric.NET_REVENUE_RETENTION) + "\n",
                cell("cohorts.toText(CohortMetric.NET_REVENUE_RETENTION)").result().stdout());

        long events = 0;
        long atStart = 0;
        for (int m = 1; m <= 12; m++) {
            ChurnResult month = CustomerChurn.measure(ledger, ReportingPeriod.month(YearMonth.of(2024, m)));
            events += month.churnEvents();
            atStart += month.customersAtStart();
        }
        Money arpa = MrrMovements.bridge(ledger, ReportingPeriod.month(YearMonth.of(2024, 12))).arpa();
        String ltv = cell("Ltv.simple(arpa, 0.8, monthlyChurn)").result().stdout();
        assertTrue(ltv.contains("simple LTV      " + Ltv.simple(arpa, 0.8, Ratio.of(events, atStart)) + "\n"), ltv);
        assertTrue(ltv.contains("in advance      " + Ltv.discounted(arpa, 0.8, Ratio.of(events, atStart).value(),
                ChurnConversions.monthlyDiscountRate(0.10), PaymentTiming.IN_ADVANCE)), ltv);

        SurvivalCurve curve = LedgerLifetimes.survival(ledger);
        assertEquals(curve, cell("LedgerLifetimes.survival(ledger);").result().value());
        assertEquals(curve.toString(), shown(cell("LedgerLifetimes.survival(ledger);")));
        assertTrue(cell("curve.quantile(0.25)").result().stdout().startsWith(curve.quantile(0.25) + "\n"));

        ShiftedBetaGeometricFit fit = assertInstanceOf(ShiftedBetaGeometricFit.class,
                cell("ShiftedBetaGeometric.fit(").result().value());
        assertEquals(fit, ShiftedBetaGeometric.fit(fit.cohortSize(),
                fit.lostPerPeriod().stream().mapToLong(Long::longValue).toArray()));
        assertTrue(fit.converged() && fit.alpha() > 0 && fit.lostPerPeriod().size() == 12, fit.toString());

        YearMonth dec = YearMonth.of(2024, 12);
        var scores = HealthModel.defaults().assessAll(HealthInputs.signals(data, ledger, dec));
        HealthPortfolio portfolio = LedgerHealth.portfolio(scores, ledger, dec);
        assertEquals(portfolio, cell("LedgerHealth.portfolio(scores, ledger, december)").result().value());
        assertEquals(portfolio.toString(), shown(cell("LedgerHealth.portfolio(scores, ledger, december)")));
        YearMonth june = YearMonth.of(2024, 6);
        HealthValidation backTest = LedgerHealth.backTest(HealthModel.defaults().assessAll(HealthInputs.signals(data,
                ledger, june)), ledger, june, 6);
        assertEquals(backTest, cell("var backTest = LedgerHealth.backTest(").result().value());
        assertTrue(shown(cell("var backTest = LedgerHealth.backTest(")).startsWith(backTest.auc().toString()));
        RocAuc reweighted = assertInstanceOf(RocAuc.class, cell("var reweighted =").result().value());
        assertTrue(reweighted.value() > backTest.auc().value(), "dropping the backwards signal helps: " + reweighted);

        assertEquals(DifferenceInDifferences.of(
                data.valueExperiment().stream().filter(ExperimentUnit::target)
                        .collect(KpiChanges.toKpiChanges(u -> u.before().doubleValue(), u -> u.after().doubleValue())),
                data.valueExperiment().stream().filter(u -> !u.target())
                        .collect(KpiChanges.toKpiChanges(u -> u.before().doubleValue(), u -> u.after().doubleValue()))),
                cell("DifferenceInDifferences.of(target, control)").result().value());
    }
    private static void theReasonsKindsAlertsAndWhatIfNumbersAreTheLibrarys(SampleDataset data, MrrLedger ledger) {
        ReportingPeriod year = ReportingPeriod.year(2024);
        var reasons = io.github.saasmetrics.retention.ChurnReasons.measure(ledger, year, data.churnReasons());
        assertEquals(reasons, cell("ChurnReasons.measure(ledger, ReportingPeriod.year(2024), data.churnReasons())")
                .result().value());
        assertEquals(reasons.toString(), shown(cell("ChurnReasons.measure(ledger, ReportingPeriod.year(2024)")));
        assertEquals(MrrMovements.bridge(ledger, year).churnedCustomers(), reasons.churned());

        var split = assertInstanceOf(io.github.saasmetrics.mrr.LineKindBreakdown.class,
                cell("LineKindSplit.measure(byTier").result().value());
        MrrBridge bridge = MrrMovements.bridge(ledger, year);
        assertEquals(bridge.expansion(), split.kinds().stream().map(k -> split.amount(
                io.github.saasmetrics.mrr.MovementType.EXPANSION, k)).reduce(Money::plus).orElseThrow());

        long events = 0;
        long atStart = 0;
        for (int m = 1; m <= 12; m++) {
            ChurnResult month = CustomerChurn.measure(ledger, ReportingPeriod.month(YearMonth.of(2024, m)));
            events += month.churnEvents();
            atStart += month.customersAtStart();
        }
        assertEquals(io.github.saasmetrics.retention.ChurnBenchmarks.defaults().compare(Ratio.of(events, atStart),
                io.github.saasmetrics.retention.RatePeriod.MONTHLY, 2), cell("ChurnBenchmarks.defaults().compare(")
                .result().value());
        String alerts = cell("ChurnAlerts.monthly(ledger, 6, 0.05)").result().stdout();
        for (var alert : io.github.saasmetrics.retention.ChurnAlerts.monthly(ledger, 6, 0.05)) {
            assertEquals(alert.month().getYear() == 2024, alerts.contains(alert + "\n"), alert::toString);
        }
        var growth = io.github.saasmetrics.forecast.GrowthRates.of(MrrMovements.monthly(ledger, year));
        assertEquals(io.github.saasmetrics.forecast.WhatIf.of(growth, growth.churnChangedBy(-0.01), 24),
                cell("WhatIf.of(growth, growth.churnChangedBy(-0.01), 24)").result().value());

        String timings = cell("for (var timing : PaymentTiming.values())").result().stdout();
        Money arpa = MrrMovements.bridge(ledger, ReportingPeriod.month(YearMonth.of(2024, 12))).arpa();
        for (PaymentTiming timing : PaymentTiming.values()) {
            assertTrue(timings.contains(timing + "  " + Ltv.discounted(arpa, 0.8, Ratio.of(events, atStart).value(),
                    ChurnConversions.monthlyDiscountRate(0.10), timing) + "\n"), timings);
        }
        var only2024 = MrrLedger.fromSubscriptions(data.subscriptions(), year, MrrConventions.defaults(), data.rates());
        var delayed = LedgerLifetimes.survival(only2024, io.github.saasmetrics.ltv.LeftTruncation.DELAYED_ENTRY);
        assertTrue(cell("LedgerLifetimes.survival(only2024, option)").result().stdout().contains(String.format(
                "DELAYED_ENTRY  customers %d, S(12) %.4f", delayed.customers(), delayed.survival(12))));
    }
}
