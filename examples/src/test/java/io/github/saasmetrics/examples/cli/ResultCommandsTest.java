package io.github.saasmetrics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.examples.SampleReport;
import io.github.saasmetrics.examples.csv.SampleFiles;
import io.github.saasmetrics.examples.report.CustomerChurnTable;
import io.github.saasmetrics.examples.report.RenderedSection;
import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.examples.report.ReportSection;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bridge}, {@code churn}, {@code cohorts} and {@code nps} print the tables the report computes,
 * in every format: the same values as core's results on the same data, exactly.
 */
class ResultCommandsTest {

    /** Reads numbers as BigDecimal as written, scale included, so a decimal that is not exact cannot pass. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private static ReportContext context;
    private static Map<String, RenderedSection> report;

    @TempDir
    static Path data;

    @BeforeAll
    static void computeTheReport() {
        context = ReportContext.of(SampleFiles.read(Cli.copyOfSample(data)));
        report = new LinkedHashMap<>();
        List<ReportSection> sections = SampleReport.sections();
        for (RenderedSection s : SampleReport.render(context)) {
            report.put(s.title(), s);
        }
        assertEquals(sections.size(), report.size());
    }

    private static Cli.Run ok(String... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
        return run;
    }

    private static JsonNode json(String command, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "--data", data.toString(), "--format", "json"));
        args.addAll(List.of(more));
        return JSON.readTree(ok(args.toArray(String[]::new)).out());
    }

    private static ResultTable reportTable(String sectionTitle, int index) {
        return report.get(sectionTitle).output().tables().get(index);
    }

    static Stream<Arguments> everyCommandInEveryFormat() {
        Map<String, Function<ReportContext, ResultTable>> expected = Map.of(
                "bridge", c -> c.monthly().toTable(),
                "churn", c -> CustomerChurnTable.byMonth(c.ledger(), c.data().period()),
                "cohorts", c -> CohortTable.of(c.ledger(), CohortGrouping.QUARTER).toTable(),
                "nps", c -> Nps.quarterlyTrend(c.data().npsResponses()).toTable());
        List<Arguments> cases = new ArrayList<>();
        for (String command : List.of("bridge", "churn", "cohorts", "nps")) {
            for (TableFormat format : TableFormat.values()) {
                cases.add(Arguments.of(command, format, expected.get(command)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --format {1}")
    @MethodSource
    void everyCommandInEveryFormat(String command, TableFormat format, Function<ReportContext, ResultTable> expected) {
        Cli.Run run = ok(command, "--data", data.toString(), "--format", format.toString());
        ResultTable table = expected.apply(context);
        String want = switch (format) {
            case TEXT -> table.toText() + System.lineSeparator();
            case CSV -> table.toCsv();
            case JSON -> TableJson.write(table) + System.lineSeparator();
        };
        assertEquals(want, run.out());
    }

    @Test
    void textIsTheDefaultFormat() {
        assertEquals(ok("nps", "--data", data.toString(), "--format", "text").out(),
                ok("nps", "--data", data.toString()).out());
        assertEquals(ok("nps", "--data", data.toString(), "--format", "JSON").out(),
                ok("nps", "--data", data.toString(), "--format", "json").out(), "any case");
    }

    @Test
    void theBridgeIsTheReportsTableWithExactAmounts() throws IOException {
        assertEquals(reportTable("MRR bridge by month", 0).toCsv(),
                ok("bridge", "--data", data.toString(), "--format", "csv").out());
        String csv = ok("bridge", "--data", data.toString(), "--format", "csv").out();
        assertTrue(csv.contains("\r\n2023-02,13470.14,14941.54,78.34,0.00,268.20,0.00,-0.55,28221.27,66,92,0,2,156,3,0,0\r\n"),
                csv);

        JsonNode json = json("bridge");
        assertEquals("MRR bridge by month (USD)", json.get("title").asText());
        assertEquals(24, json.get("rows").size());
        JsonNode february = json.get("rows").get(1).get("cells");
        assertEquals("2023-02", february.get(0).asText());
        assertEquals(new BigDecimal("28221.27"), february.get(8).get("amount").decimalValue());
        assertEquals(new BigDecimal("0.00"), february.get(6).get("amount").decimalValue(), "the scale is kept");
        assertEquals("USD", february.get(8).get("currency").asText());
        assertEquals(156, february.get(13).longValue());
        // Every amount of every month, exactly.
        for (int m = 0; m < 24; m++) {
            MrrBridge bridge = context.monthly().bridges().get(m);
            JsonNode cells = json.get("rows").get(m).get("cells");
            assertEquals(bridge.period().toString(), cells.get(0).asText());
            assertEquals(bridge.start().amount(), cells.get(1).get("amount").decimalValue());
            assertEquals(bridge.end().amount(), cells.get(8).get("amount").decimalValue());
        }
    }

    @Test
    void churnIsCustomerChurnOfEachMonth() throws IOException {
        JsonNode rows = json("churn").get("rows");
        assertEquals(24, rows.size());
        JsonNode february = rows.get(1).get("cells");
        assertEquals("2023-02", february.get(0).asText());
        assertEquals(List.of(66L, 156L, 64L, 92L, 2L), List.of(february.get(1).longValue(), february.get(2).longValue(),
                february.get(3).longValue(), february.get(4).longValue(), february.get(5).longValue()));
        assertEquals(2, february.get(6).get("numerator").longValue());
        assertEquals(66, february.get(6).get("denominator").longValue());
        assertTrue(rows.get(0).get("cells").get(6).isNull(), "no churn rate without customers at the start");
        for (int m = 0; m < 24; m++) {
            YearMonth month = context.data().period().months().get(m);
            ChurnResult churn = CustomerChurn.measure(context.ledger(), ReportingPeriod.month(month));
            JsonNode cells = rows.get(m).get("cells");
            assertEquals(month.toString(), cells.get(0).asText());
            assertEquals(churn.customersAtStart(), cells.get(1).longValue());
            assertEquals(churn.churnEvents(), cells.get(5).longValue());
            Ratio rate = churn.rate();
            if (rate.defined()) {
                assertEquals(rate.numerator(), cells.get(6).get("numerator").longValue());
                assertEquals(rate.denominator(), cells.get(6).get("denominator").longValue());
            }
        }
    }

    /** By quarter, the rows are the figures of the report's churn section, row for row. */
    @Test
    void churnByQuarterIsTheReportsChurnSection() {
        String section = report.get("Customer churn and retention by quarter").output().text();
        ResultTable quarters = CustomerChurnTable.byQuarter(context.ledger(), context.data().period());
        assertEquals(8, quarters.rowCount());
        String csv = ok("churn", "--data", data.toString(), "--by", "quarter", "--format", "csv").out();
        assertEquals(quarters.toCsv(), csv);
        List<String> lines = section.lines().toList();
        for (int r = 0; r < quarters.rowCount(); r++) {
            List<Object> cells = quarters.rows().get(r).cells();
            List<String> want = cells.stream().map(c -> c == null ? Figures.UNDEFINED
                    : c instanceof Ratio ratio ? Figures.percent(ratio)
                    : c.toString()).toList();
            String line = lines.stream().filter(l -> l.startsWith(cells.get(0) + " ")).findFirst().orElseThrow();
            assertEquals(want, List.of(line.strip().split("\\s+")), line);
        }
        assertTrue(csv.contains("\r\n2024-Q4,1745,2011,1586,439,173,"), csv);
    }

    @Test
    void cohortsAreTheReportsQuarterlyTableAndMonthlyOnRequest() throws IOException {
        String title = "Cohorts: logo retention and net revenue retention";
        assertEquals(reportTable(title, 0).toCsv(), ok("cohorts", "--data", data.toString(), "--format", "csv").out());
        assertEquals(reportTable(title, 1).toCsv(),
                ok("cohorts", "--data", data.toString(), "--format", "csv", "--by", "month").out());
        JsonNode first = json("cohorts").get("rows").get(0).get("cells");
        assertEquals("2023-Q1", first.get(0).asText());
        assertEquals(0, first.get(1).longValue());
        assertEquals(243, first.get(2).longValue());
        assertEquals(new BigDecimal("48174.41"), first.get(5).get("amount").decimalValue());
        JsonNode second = json("cohorts").get("rows").get(1).get("cells");
        assertEquals(220, second.get(3).longValue());
        assertEquals(new BigDecimal("46896.61"), second.get(5).get("amount").decimalValue());
        assertEquals(new BigDecimal("45003.06"), second.get(6).get("amount").decimalValue());
    }

    @Test
    void npsIsTheReportsQuarterlyTrendWithExactDecimals() throws IOException {
        assertEquals(reportTable("Net Promoter Score", 0).toCsv(),
                ok("nps", "--data", data.toString(), "--format", "csv").out());
        ResultTable trend = Nps.quarterlyTrend(context.data().npsResponses()).toTable();
        JsonNode rows = json("nps").get("rows");
        assertEquals(trend.rowCount(), rows.size());
        for (int r = 0; r < trend.rowCount(); r++) {
            JsonNode cells = rows.get(r).get("cells");
            assertEquals(trend.value(r, "period").toString(), cells.get(0).asText());
            assertEquals(trend.value(r, "responses"), cells.get(1).longValue());
            BigDecimal nps = (BigDecimal) trend.value(r, "NPS");
            assertEquals(nps, cells.get(5).decimalValue(), "the exact decimal, scale included");
        }
        JsonNode q1 = rows.get(0).get("cells");
        assertEquals("2023-Q1", q1.get(0).asText());
        assertEquals(34, q1.get(1).longValue());
        assertEquals(new BigDecimal("8.823529411764707"), q1.get(5).decimalValue());
        assertTrue(q1.get(5).isBigDecimal(), "a JSON number read as BigDecimal");
        assertEquals(Nps.monthlyTrend(context.data().npsResponses()).toTable().toCsv(),
                ok("nps", "--data", data.toString(), "--format", "csv", "--by", "month").out());
    }

    @Test
    void theSampleOptionReadsTheBundledFiles() {
        assertEquals(ok("bridge", "--data", data.toString()).out(), ok("bridge", "--sample").out());
    }

    @Test
    void aShorterPeriodListsItsMonthsOnly() throws IOException {
        JsonNode rows = json("churn", "--period", "2024-03..2024-05").get("rows");
        assertEquals(List.of("2024-03", "2024-04", "2024-05"), List.of(rows.get(0).get("cells").get(0).asText(),
                rows.get(1).get("cells").get(0).asText(), rows.get(2).get("cells").get(0).asText()));
        assertEquals(3, rows.size());
        JsonNode quarters = json("churn", "--period", "2024-02..2024-12", "--by", "quarter").get("rows");
        assertEquals(3, quarters.size(), "only the quarters wholly inside the period");
        assertEquals("2024-Q2", quarters.get(0).get("cells").get(0).asText());
    }
}
