package io.github.saasmetrics.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTablesTest {

    private static final ResultTable MRR = ResultTable.builder("MRR by month")
            .columns(Column.month("month"), Column.money("MRR", "USD"), Column.count("customers"),
                    Column.percent("retention"))
            .row(YearMonth.of(2024, 1), Money.parse("USD 1234567.50"), 1200L, Ratio.of(9, 10))
            .row(YearMonth.of(2024, 2), Money.parse("USD -56.00"), 3L, Ratio.UNDEFINED)
            .build();

    private static final List<RenderedSection> SECTIONS = List.of(
            new RenderedSection("Overview", SectionOutput.text("no tables")),
            new RenderedSection("MRR bridge (monthly)", SectionOutput.text("MRR text").withTables(MRR, MRR)));

    @Test
    void everyTypedTableIsACsvFileNamedBySectionAndNumber(@TempDir Path dir) throws IOException {
        List<Path> files = ReportTables.write(SECTIONS, dir);
        Path tables = dir.resolve("report-tables");
        assertEquals(List.of(tables.resolve("02-mrr-bridge-monthly-1.csv"), tables.resolve("02-mrr-bridge-monthly-2.csv")),
                files);
        try (Reader in = Files.newBufferedReader(files.get(0), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(in).getRecords();
            assertEquals(List.of("month", "MRR (USD)", "customers", "retention"), records.get(0).toList());
            assertEquals(List.of("2024-01", "1234567.50", "1200", "0.9"), records.get(1).toList());
            assertEquals(new BigDecimal("-56.00"), new BigDecimal(records.get(2).get(1)));
            assertEquals("", records.get(2).get(3));
        }
    }

    @Test
    void aSectionWithTablesShowsThemAsTablesAndItsTextBehindADisclosure() {
        String html = HtmlReport.html("R", SECTIONS);
        assertTrue(html.contains("<pre>no tables</pre>"), html);
        assertEquals(2, html.split("<div class=\"table short\"><table", -1).length - 1, html);
        assertTrue(html.contains("<details><summary>As text</summary><pre>MRR text</pre></details>"), html);
        assertTrue(html.contains("data-value=\"1234567.50\""), html);
    }

    @Test
    void fileNamesKeepOnlyLettersAndDigits() {
        assertEquals("07-ltv-cac-payback-1.csv", ReportTables.fileName(7, "LTV:CAC & payback", 1));
        assertEquals("12-section-3.csv", ReportTables.fileName(12, "—", 3));
    }
}
