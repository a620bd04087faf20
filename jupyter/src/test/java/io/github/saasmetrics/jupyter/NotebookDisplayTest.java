package io.github.saasmetrics.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.charts.ChartImages;
import io.github.saasmetrics.charts.Charts;
import io.github.saasmetrics.charts.SaasmetricsChart;
import io.github.saasmetrics.health.HealthAssessment;
import io.github.saasmetrics.health.HealthModel;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChartBuilder;
import org.w3c.dom.Document;

/** Results show as well-formed HTML tables and the library's charts as PNG images; nothing else shows. */
class NotebookDisplayTest {

    static final MrrLedger LEDGER = MrrLedger.builder(Currency.getInstance("USD"))
            .add("acme", "2024-01", "USD 1000.00").add("acme", "2024-02", "USD 2500.00")
            .add("globex", "2024-01", "USD 50.00").add("initech", "2024-02", "USD 30.00")
            .build();
    static final MrrBridgeTable MONTHLY = MrrMovements.monthly(LEDGER);
    static final NpsScore NPS = Nps.score(10, 9, 9, 8, 7, 6, 3, 10);

    static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBridgeTableIsAnHtmlTableOfItsTypedTableWithItsTextKept() throws Exception {
        Map<String, String> bundle = NotebookDisplay.render(MONTHLY).orElseThrow();
        assertEquals(List.of("text/plain", "text/html"), List.copyOf(bundle.keySet()));
        assertEquals(MONTHLY.toString(), bundle.get("text/plain"));
        String html = bundle.get("text/html");
        Document doc = parse(html);
        assertEquals(html, "<div class=\"saasmetrics\">" + MONTHLY.toTable().toHtml() + "</div>");
        assertEquals(MONTHLY.size(), ((org.w3c.dom.Element) doc.getElementsByTagName("tbody").item(0))
                .getElementsByTagName("tr").getLength(), "a row a month");
        assertEquals("period", doc.getElementsByTagName("th").item(0).getTextContent());
        assertTrue(html.contains("data-value=\"2530.00\">2,530.00</td>"), html);
        assertTrue(html.contains("<td>2024-02</td>"), "the first column is left-aligned: " + html);
    }

    @Test
    void oneLineResultsShowTheirFiguresAsATwoColumnTable() throws Exception {
        String nps = NotebookDisplay.html(NPS).orElseThrow();
        parse(nps);
        assertTrue(nps.contains("<th style=\"text-align:left\">NPS</th><td style=\"text-align:right\">25.00</td>"), nps);
        assertTrue(nps.contains("± 57.46"), nps);
        assertTrue(nps.contains("<caption>NPS</caption>"), nps);
        YearMonth feb = YearMonth.of(2024, 2);
        for (Object result : List.of(RevenueRetention.monthly(LEDGER, feb), RevenueChurn.measure(LEDGER,
                ReportingPeriod.month(feb)), MrrMovements.bridge(LEDGER, ReportingPeriod.month(feb)),
                CustomerChurn.measure(LEDGER, ReportingPeriod.month(feb)), CohortTable.of(LEDGER), Nps.score()
                        .plus(NPS), io.github.saasmetrics.surveys.Csat.score(4, 5, 2))) {
            String html = NotebookDisplay.html(result).orElseThrow(() -> new AssertionError(result.getClass()));
            assertTrue(parse(html).getDocumentElement().getTextContent().length() > 0, html);
        }
        String retention = NotebookDisplay.html(RevenueRetention.monthly(LEDGER, feb)).orElseThrow();
        assertTrue(retention.contains("GRR</th><td style=\"text-align:right\">95.24% (USD 1,000.00 / USD 1,050.00)"),
                retention);
        assertEquals(NPS.toString(), NotebookDisplay.render(NPS).orElseThrow().get("text/plain"));
        assertTrue(NotebookDisplay.render("text").isEmpty());
        assertTrue(NotebookDisplay.render(null).isEmpty());
    }

    @Test
    void aBenchmarkComparisonIsATableOfItsFigures() throws Exception {
        var comparison = io.github.saasmetrics.retention.ChurnBenchmarks.defaults().compare(0.0307,
                io.github.saasmetrics.retention.RatePeriod.MONTHLY, 12);
        String html = NotebookDisplay.html(comparison).orElseThrow();
        parse(html);
        assertTrue(html.contains("<caption>Churn against benchmarks</caption>"), html);
        assertTrue(html.contains("<th style=\"text-align:left\">monthly churn</th><td style=\"text-align:right\">3.07%</td>"),
                html);
        assertTrue(html.contains("points above the band</td>"), html);
        assertEquals(comparison.toString(), NotebookDisplay.render(comparison).orElseThrow().get("text/plain"));
    }

    @Test
    void markdownCellsAreEscapedAndParagraphsKept() throws Exception {
        String html = MarkdownHtml.html("a < b & c\nsecond line\n\n| x | y \\| z |\n|---|---:|\n| <1> | 2 |");
        assertEquals("<div class=\"saasmetrics\"><p>a &lt; b &amp; c<br/>second line</p><table><thead><tr><th>x</th>"
                + "<th style=\"text-align:right\">y | z</th></tr></thead><tbody><tr><td>&lt;1&gt;</td>"
                + "<td style=\"text-align:right\">2</td></tr></tbody></table></div>", html);
        parse(html);
    }

    @Test
    void aChartIsAPngImageTitledInText() throws Exception {
        CategoryChart chart = Charts.mrrBridge(MONTHLY);
        Map<String, String> bundle = NotebookDisplay.render(chart).orElseThrow();
        assertEquals(List.of("text/plain", "image/png"), List.copyOf(bundle.keySet()));
        assertEquals("MRR bridge by month", bundle.get("text/plain"));
        assertEquals(ChartImages.pngBase64(Charts.mrrBridge(MONTHLY)), bundle.get("image/png"));
        assertEquals(1650, ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(bundle.get("image/png"))))
                .getWidth());
    }

    @Test
    void aChartBuiltWithXChartDirectlyIsNotShown() {
        CategoryChart mine = new CategoryChartBuilder().width(400).height(300).title("mine").build();
        mine.addSeries("a", List.of("x"), List.of(1));
        assertTrue(NotebookDisplay.render(mine).isEmpty());
        assertTrue(NotebookDisplay.render(new XYChartBuilder().title("mine too").build()).isEmpty());
    }

    /** Every type of the library that prints Markdown shows as a table; a health assessment's heading in bold. */
    @Test
    void everyResultThatPrintsMarkdownIsATable() throws Exception {
        List<Class<?>> types = NotebookDisplay.types();
        for (Class<?> type : List.of(io.github.saasmetrics.table.Tabular.class,
                io.github.saasmetrics.table.ResultTable.class, TextTable.class, NpsScore.class, SaasmetricsChart.class)) {
            assertTrue(types.contains(type), type::getName);
        }
        for (Class<?> type : List.of(MrrBridgeTable.class, CohortTable.class, HealthAssessment.class, HealthModel.class,
                io.github.saasmetrics.mrr.LineKindBreakdown.class, io.github.saasmetrics.retention.ChurnReasonBreakdown.class)) {
            assertFalse(types.contains(type), "shown as Tabular: " + type.getName());
            assertTrue(io.github.saasmetrics.table.Tabular.class.isAssignableFrom(type), type::getName);
        }
        assertFalse(types.contains(CategoryChart.class), "XChart's own types are not taken over");
        TextTable table = TextTable.builder("name", ">n").row("a", "1").build();
        String html = NotebookDisplay.html(table).orElseThrow();
        assertEquals(MarkdownHtml.html(table.toMarkdown()), html);
        assertEquals(table.toString(), NotebookDisplay.render(table).orElseThrow().get("text/plain"));
        String model = NotebookDisplay.html(HealthModel.defaults()).orElseThrow();
        assertTrue(parse(model).getElementsByTagName("table").getLength() == 1, model);
        assertEquals("<div class=\"saasmetrics\"><p><strong>cus_1: health 71 of 100, WATCH</strong> and **</p></div>",
                MarkdownHtml.html("**cus_1: health 71 of 100, WATCH** and **"));
    }
}
