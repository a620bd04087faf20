package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ResultTableTest {

    private static final String NUM = "<td class=\"num\" style=\"text-align:right\"";

    /** A table of one column: the value, then an undefined cell. */
    private static ResultTable single(Column column, Object value) {
        return ResultTable.builder("t").columns(column).row(value).row((Object) null).build();
    }

    /** The HTML rows of the body, one per line. */
    private static List<String> htmlRows(ResultTable table) {
        return Arrays.stream(table.toHtml().split("\n")).filter(l -> l.startsWith("<tr><td"))
                .toList();
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    // ---- one rule per type ------------------------------------------------------------------------

    @Test
    void textCellsPrintAsTheyAreAndLeftAligned() {
        ResultTable t = single(Column.text("segment"), "Enterprise");
        assertEquals("""
                t
                segment
                Enterprise
                —""", t.toText());
        assertEquals("""
                t

                | segment |
                |---|
                | Enterprise |
                | — |""", t.toMarkdown());
        assertEquals(List.of("<tr><td>Enterprise</td></tr>", "<tr><td>—</td></tr>"), htmlRows(t));
        assertEquals("segment\r\nEnterprise\r\n\r\n", t.toCsv());
        assertEquals("segment\r\n\"\"\r\n", ResultTable.builder("t").columns(Column.text("segment")).row("").build()
                .toCsv(), "an empty text is a quoted empty field, apart from an undefined one");
    }

    @Test
    void monthsAndPeriodsPrintTheirTextForms() {
        ResultTable months = single(Column.month("month"), YearMonth.of(2024, 3));
        assertEquals("t\nmonth\n2024-03\n—", months.toText());
        assertEquals("t\n\n| month |\n|---|\n| 2024-03 |\n| — |", months.toMarkdown());
        assertEquals(List.of("<tr><td>2024-03</td></tr>", "<tr><td>—</td></tr>"), htmlRows(months));
        assertEquals("month\r\n2024-03\r\n\r\n", months.toCsv());
        ResultTable far = ResultTable.builder("t").columns(Column.month("month")).row(YearMonth.of(10_000, 1))
                .row(YearMonth.of(-44, 3)).build();
        assertEquals("month\r\n+10000-01\r\n-0044-03\r\n", far.toCsv(), "ISO 8601, as YearMonth.parse reads it");
        assertEquals("t\nmonth\n+10000-01\n-0044-03", far.toText());

        ResultTable periods = single(Column.period("period"), ReportingPeriod.parse("2024-01-15/2024-02-15"));
        assertEquals("t\nperiod\n2024-01-15/2024-02-15\n—", periods.toText());
        assertEquals("t\n\n| period |\n|---|\n| 2024-01-15/2024-02-15 |\n| — |", periods.toMarkdown());
        assertEquals(List.of("<tr><td>2024-01-15/2024-02-15</td></tr>", "<tr><td>—</td></tr>"), htmlRows(periods));
        assertEquals("period\r\n2024-01-15/2024-02-15\r\n\r\n", periods.toCsv());
        assertEquals("period\r\n2024-Q1\r\n", ResultTable.builder("t").columns(Column.period("period"))
                .row(ReportingPeriod.quarter(2024, 1)).build().toCsv());
    }

    @Test
    void countsPrintWithThousandsSeparatorsAndExportAsIntegers() {
        ResultTable t = single(Column.count("customers"), 172_410L);
        assertEquals("""
                t
                customers
                  172,410
                        —""", t.toText());
        assertEquals("t\n\n| customers |\n|---:|\n| 172,410 |\n| — |", t.toMarkdown());
        assertEquals(List.of("<tr>" + NUM + " data-value=\"172410\">172,410</td></tr>", "<tr>" + NUM + ">—</td></tr>"),
                htmlRows(t));
        assertEquals("customers\r\n172410\r\n\r\n", t.toCsv());
        ResultTable ints = ResultTable.builder("t").columns(Column.count("n")).row(5).row((short) -3).build();
        assertEquals(5L, ints.value(0, "n"), "an int is widened to a Long");
        assertEquals(List.of("<tr><td class=\"num neg\" style=\"text-align:right\" data-value=\"-3\">-3</td></tr>"),
                htmlRows(ints).subList(1, 2));
    }

    @Test
    void moneyPrintsAmountsUnderItsCurrencyAndExportsPlainDecimals() {
        ResultTable t = ResultTable.builder("t").columns(Column.money("MRR", "USD"))
                .row(Money.parse("USD 1234.50")).row(Money.parse("USD -566.55")).row((Object) null).build();
        assertEquals("""
                t
                MRR (USD)
                 1,234.50
                  -566.55
                        —""", t.toText());
        assertEquals("t\n\n| MRR (USD) |\n|---:|\n| 1,234.50 |\n| -566.55 |\n| — |", t.toMarkdown());
        assertEquals(List.of("<tr>" + NUM + " data-value=\"1234.50\">1,234.50</td></tr>",
                "<tr><td class=\"num neg\" style=\"text-align:right\" data-value=\"-566.55\">-566.55</td></tr>",
                "<tr>" + NUM + ">—</td></tr>"), htmlRows(t));
        assertTrue(t.toHtml().contains("<th scope=\"col\" class=\"num\" style=\"text-align:right\">MRR (USD)</th>"));
        assertEquals("MRR (USD)\r\n1234.50\r\n-566.55\r\n\r\n", t.toCsv());
        assertEquals("yen (JPY)\r\n1500\r\n", ResultTable.builder("t").columns(Column.money("yen", "JPY"))
                .row(Money.parse("JPY 1500")).build().toCsv());
    }

    @Test
    void percentsPrintOneDecimalAndExportTheFraction() {
        ResultTable t = ResultTable.builder("t").columns(Column.percent("GRR")).row(Ratio.of(4, 15))
                .row(Ratio.UNDEFINED).row((Object) null).build();
        assertEquals("t\n  GRR\n26.7%\n    —\n    —", t.toText());
        assertEquals("t\n\n| GRR |\n|---:|\n| 26.7% |\n| — |\n| — |", t.toMarkdown());
        assertEquals(List.of(
                "<tr>" + NUM + " data-value=\"0.26666666666666666\" data-numerator=\"4\" data-denominator=\"15\">26.7%"
                        + "</td></tr>",
                "<tr>" + NUM + " data-numerator=\"0\" data-denominator=\"0\">—</td></tr>",
                "<tr>" + NUM + ">—</td></tr>"), htmlRows(t));
        assertEquals("GRR\r\n0.26666666666666666\r\n\r\n\r\n", t.toCsv());
    }

    @Test
    void multiplesPrintTwoDecimalsAndTheTimesSign() {
        ResultTable t = single(Column.multiple("quick ratio"), Ratio.of(403, 100));
        assertEquals("t\nquick ratio\n      4.03×\n          —", t.toText());
        assertEquals("t\n\n| quick ratio |\n|---:|\n| 4.03× |\n| — |", t.toMarkdown());
        assertEquals(List.of(
                "<tr>" + NUM + " data-value=\"4.03\" data-numerator=\"403\" data-denominator=\"100\">4.03×</td></tr>",
                "<tr>" + NUM + ">—</td></tr>"), htmlRows(t));
        assertEquals("quick ratio\r\n4.03\r\n\r\n", t.toCsv());
    }

    @Test
    void ratesPrintAsPercentagesAndExportTheFraction() {
        ResultTable t = single(Column.rate("churn"), 0.0523);
        assertEquals("t\nchurn\n 5.2%\n    —", t.toText());
        assertEquals("t\n\n| churn |\n|---:|\n| 5.2% |\n| — |", t.toMarkdown());
        assertEquals(List.of("<tr>" + NUM + " data-value=\"0.0523\">5.2%</td></tr>", "<tr>" + NUM + ">—</td></tr>"),
                htmlRows(t));
        assertEquals("churn\r\n0.0523\r\n\r\n", t.toCsv());
        assertEquals(0.0, single(Column.rate("churn"), -0.0).value(0, "churn"), "no negative zero");
        assertEquals("0", Double.toString((Double) single(Column.rate("c"), -0.0).value(0, "c")).substring(0, 1));
    }

    @Test
    void decimalsPrintTheColumnsDecimalsAndExportTheExactValue() {
        ResultTable t = single(Column.decimal("survival", 4), new BigDecimal("0.913043"));
        assertEquals("t\nsurvival\n  0.9130\n       —", t.toText());
        assertEquals("t\n\n| survival |\n|---:|\n| 0.9130 |\n| — |", t.toMarkdown());
        assertEquals(List.of("<tr>" + NUM + " data-value=\"0.913043\">0.9130</td></tr>", "<tr>" + NUM + ">—</td></tr>"),
                htmlRows(t));
        assertEquals("survival\r\n0.913043\r\n\r\n", t.toCsv());
        ResultTable lifetime = single(Column.decimal("lifetime", 1).withUnit("months"), new BigDecimal("1E+3"));
        assertEquals(new BigDecimal("1000"), lifetime.value(0, "lifetime"), "a negative scale is stored as scale 0");
        assertEquals("t\nlifetime (months)\n           1000.0\n                —", lifetime.toText());
        assertEquals("lifetime (months)\r\n1000\r\n\r\n", lifetime.toCsv());
    }

    @Test
    void intervalsPrintOnTheirScaleAndExportThreeFields() {
        ResultTable plain = single(Column.interval("NPS 95% CI", 2, IntervalScale.PLAIN),
                new ConfidenceInterval(19.52, 25.39, 0.95));
        assertEquals("t\n    NPS 95% CI\n[19.52, 25.39]\n             —", plain.toText());
        assertEquals("t\n\n| NPS 95% CI |\n|---:|\n| [19.52, 25.39] |\n| — |", plain.toMarkdown());
        assertEquals(List.of("<tr>" + NUM + " data-lower=\"19.52\" data-upper=\"25.39\" data-level=\"0.95\">[19.52, 25.39]"
                + "</td></tr>", "<tr>" + NUM + ">—</td></tr>"), htmlRows(plain));
        assertEquals("NPS 95% CI lower,NPS 95% CI upper,NPS 95% CI level\r\n19.52,25.39,0.95\r\n,,\r\n", plain.toCsv());

        ResultTable percent = single(Column.interval("churn CI", 1, IntervalScale.PERCENT),
                new ConfidenceInterval(0.1952, 0.2539, 0.9));
        assertEquals("t\n      churn CI\n[19.5%, 25.4%]\n             —", percent.toText());
        assertEquals("churn CI lower,churn CI upper,churn CI level\r\n0.1952,0.2539,0.9\r\n,,\r\n", percent.toCsv());
    }

    // ---- groups, the total row, footnotes -----------------------------------------------------------

    private static ResultTable bySegment() {
        return ResultTable.builder("MRR by segment")
                .columns(Column.text("segment"), Column.money("MRR", "USD"), Column.count("customers"),
                        Column.percent("logo retention"), Column.multiple("quick ratio"))
                .row("self-serve", Money.parse("USD 512.00"), 40L, Ratio.of(36, 40), Ratio.of(3, 2))
                .group("2024")
                .row("Enterprise", Money.parse("USD 12000.00"), 3L, Ratio.of(3, 3), Ratio.of(403, 100))
                .row("SMB", Money.parse("USD -50.00"), 172_410L, Ratio.of(4, 15), Ratio.UNDEFINED)
                .group("2025")
                .row("SMB", null, 0L, Ratio.UNDEFINED, null)
                .total(null, Money.parse("USD 12462.00"), 172_453L, null, null)
                .footnote("MRR net of discounts.")
                .footnote("Quick ratio: (new + expansion) / (contraction + churn).")
                .build();
    }

    @Test
    void groupsAndTheTotalRowInText() {
        assertEquals("""
                MRR by segment
                segment     MRR (USD)  customers  logo retention  quick ratio
                self-serve     512.00         40           90.0%        1.50×
                2024
                Enterprise  12,000.00          3          100.0%        4.03×
                SMB            -50.00    172,410           26.7%            —
                2025
                SMB                 —          0               —            —
                -------------------------------------------------------------
                Total       12,462.00    172,453
                MRR net of discounts.
                Quick ratio: (new + expansion) / (contraction + churn).""", bySegment().toText());
        assertEquals(bySegment().toText(), bySegment().toString());
    }

    @Test
    void groupsAndTheTotalRowInMarkdown() {
        assertEquals("""
                MRR by segment

                | segment | MRR (USD) | customers | logo retention | quick ratio |
                |---|---:|---:|---:|---:|
                | self-serve | 512.00 | 40 | 90.0% | 1.50× |
                | **2024** |  |  |  |  |
                | Enterprise | 12,000.00 | 3 | 100.0% | 4.03× |
                | SMB | -50.00 | 172,410 | 26.7% | — |
                | **2025** |  |  |  |  |
                | SMB | — | 0 | — | — |
                | **Total** | **12,462.00** | **172,453** |  |  |

                MRR net of discounts.

                Quick ratio: (new + expansion) / (contraction + churn).""", bySegment().toMarkdown());
    }

    @Test
    void groupsAndTheTotalRowInHtml() throws Exception {
        String r = " style=\"text-align:right\"";
        String html = bySegment().toHtml();
        assertEquals("<table>\n"
                + "<caption>MRR by segment</caption>\n"
                + "<thead>\n"
                + "<tr><th scope=\"col\">segment</th><th scope=\"col\" class=\"num\"" + r + ">MRR (USD)</th>"
                + "<th scope=\"col\" class=\"num\"" + r + ">customers</th><th scope=\"col\" class=\"num\"" + r
                + ">logo retention</th><th scope=\"col\" class=\"num\"" + r + ">quick ratio</th></tr>\n"
                + "</thead>\n"
                + "<tbody>\n"
                + "<tr><td>self-serve</td>" + NUM + " data-value=\"512.00\">512.00</td>" + NUM
                + " data-value=\"40\">40</td>" + NUM + " data-value=\"0.9\" data-numerator=\"36\" data-denominator=\"40\">"
                + "90.0%</td>" + NUM + " data-value=\"1.5\" data-numerator=\"3\" data-denominator=\"2\">1.50×</td></tr>\n"
                + "</tbody>\n"
                + "<tbody>\n"
                + "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"5\">2024</th></tr>\n"
                + "<tr><td>Enterprise</td>" + NUM + " data-value=\"12000.00\">12,000.00</td>" + NUM
                + " data-value=\"3\">3</td>" + NUM + " data-value=\"1\" data-numerator=\"3\" data-denominator=\"3\">"
                + "100.0%</td>" + NUM + " data-value=\"4.03\" data-numerator=\"403\" data-denominator=\"100\">4.03×</td>"
                + "</tr>\n"
                + "<tr><td>SMB</td><td class=\"num neg\"" + r + " data-value=\"-50.00\">-50.00</td>" + NUM
                + " data-value=\"172410\">172,410</td>" + NUM + " data-value=\"0.26666666666666666\" data-numerator=\"4\""
                + " data-denominator=\"15\">26.7%</td>" + NUM + " data-numerator=\"0\" data-denominator=\"0\">—</td></tr>\n"
                + "</tbody>\n"
                + "<tbody>\n"
                + "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"5\">2025</th></tr>\n"
                + "<tr><td>SMB</td>" + NUM + ">—</td>" + NUM + " data-value=\"0\">0</td>" + NUM
                + " data-numerator=\"0\" data-denominator=\"0\">—</td>" + NUM + ">—</td></tr>\n"
                + "</tbody>\n"
                + "<tfoot>\n"
                + "<tr class=\"total\"><td>Total</td>" + NUM + " data-value=\"12462.00\">12,462.00</td>" + NUM
                + " data-value=\"172453\">172,453</td>" + NUM + "></td>" + NUM + "></td></tr>\n"
                + "<tr class=\"footnote\"><td colspan=\"5\">MRR net of discounts.</td></tr>\n"
                + "<tr class=\"footnote\"><td colspan=\"5\">Quick ratio: (new + expansion) / (contraction + churn).</td></tr>\n"
                + "</tfoot>\n"
                + "</table>", html);
        Document doc = parse(html);
        assertEquals("MRR by segment", doc.getElementsByTagName("caption").item(0).getTextContent());
        assertEquals(3, doc.getElementsByTagName("tbody").getLength());
    }

    @Test
    void groupsAndTheTotalRowInCsv() {
        assertEquals("group,row kind,segment,MRR (USD),customers,logo retention,quick ratio\r\n"
                + ",data,self-serve,512.00,40,0.9,1.5\r\n"
                + "2024,data,Enterprise,12000.00,3,1,4.03\r\n"
                + "2024,data,SMB,-50.00,172410,0.26666666666666666,\r\n"
                + "2025,data,SMB,,0,,\r\n"
                + ",total,,12462.00,172453,,\r\n", bySegment().toCsv());
    }

    /** The example of docs/METRICS.md, "Results as tables", prints as the handbook shows. */
    @Test
    void theHandbookExamplePrintsAsShown() {
        ResultTable table = ResultTable.builder("MRR by month")
                .columns(Column.month("month"), Column.money("MRR", "USD"), Column.count("customers"),
                        Column.percent("logo retention"))
                .row(YearMonth.of(2024, 1), Money.parse("USD 1234.50"), 172410, Ratio.of(9, 10))
                .row(YearMonth.of(2024, 2), Money.parse("USD -56.00"), 3, Ratio.UNDEFINED)
                .total(null, Money.parse("USD 1178.50"), null, null)
                .build();
        assertEquals("""
                MRR by month
                month    MRR (USD)  customers  logo retention
                2024-01   1,234.50    172,410           90.0%
                2024-02     -56.00          3               —
                ---------------------------------------------
                Total     1,178.50""", table.toText());
    }

    @Test
    void aTableWithoutRowsStillRendersEveryForm() throws Exception {
        ResultTable empty = ResultTable.builder("nothing yet").columns(Column.month("month"), Column.count("n")).build();
        assertEquals("nothing yet\nmonth  n", empty.toText());
        assertEquals("nothing yet\n\n| month | n |\n|---|---:|", empty.toMarkdown());
        assertEquals("month,n\r\n", empty.toCsv());
        assertEquals(0, parse(empty.toHtml()).getElementsByTagName("td").getLength());
        assertEquals(0, empty.rowCount());
    }

    @Test
    void aTotalRowIsLastWhenEverItWasSet() {
        ResultTable t = ResultTable.builder("t").columns(Column.text("k"), Column.count("n")).total("all", 3L)
                .row("a", 1L).row("b", 2L).build();
        assertEquals(3, t.rowCount());
        assertEquals(RowKind.TOTAL, t.rows().get(2).kind());
        assertEquals("all", t.value(2, "k"));
        assertEquals("t\nk    n\na    1\nb    2\n------\nall  3", t.toText());
        assertEquals("row kind,k,n\r\ndata,a,1\r\ndata,b,2\r\ntotal,all,3\r\n", t.toCsv());
    }

    // ---- hostile text -------------------------------------------------------------------------------

    @Test
    void textWithControlCharactersAndMarkupRendersSafelyInEveryForm() throws Exception {
        String nasty = "a\nb\r\"c\",<i>&amp;</i>|\\\u0000\u001b\u2028\u202E\uD800x";
        ResultTable t = ResultTable.builder("title\n<b>").columns(Column.text("name\t|"), Column.count("n"))
                .group("g\u0007").row(nasty, 1L).footnote("note\r\n<script>").build();
        String shown = "a\\nb\\r\"c\",<i>&amp;</i>|\\\\u0000\\u001B\\u2028\\u202E\\uD800x";
        assertEquals("title\\n<b>\nname\\t|" + " ".repeat(shown.length() - 7) + "  n\ng\\u0007\n" + shown + "  1\n"
                + "note\\r\\n<script>", t.toText());
        assertEquals("title\\\\n&lt;b&gt;\n\n| name\\\\t\\| | n |\n|---|---:|\n| **g\\\\u0007** |  |\n"
                + "| a\\\\nb\\\\r\"c\",&lt;i&gt;&amp;amp;&lt;/i&gt;\\|\\\\\\\\u0000\\\\u001B\\\\u2028\\\\u202E\\\\uD800x | 1 |"
                + "\n\nnote\\\\r\\\\n&lt;script&gt;", t.toMarkdown());
        Document doc = parse(t.toHtml());
        assertEquals("title\\n<b>", doc.getElementsByTagName("caption").item(0).getTextContent());
        assertEquals(shown, doc.getElementsByTagName("td").item(0).getTextContent());
        assertEquals("note\\r\\n<script>", doc.getElementsByTagName("td").item(2).getTextContent());
        assertEquals(List.of(List.of("group", "name\t|", "n"), List.of("g\u0007", nasty, "1")), Rfc4180.read(t.toCsv()),
                "CSV keeps the text exactly");
        assertEquals("group,name\t|,n\r\ng\u0007,\"a\nb\r\"\"c\"\",<i>&amp;</i>|\\\u0000\u001b\u2028\u202E\uD800x\",1\r\n",
                t.toCsv());
        JsonRoundTrip.assertRoundTrips(t, ResultTable.class);
    }

    // ---- building ---------------------------------------------------------------------------------

    @Test
    void everyCellIsCheckedAgainstItsColumn() {
        ResultTable.Builder b = ResultTable.builder("t").columns(Column.month("month"), Column.money("MRR", "USD"),
                Column.count("customers"), Column.rate("churn"), Column.decimal("lifetime", 1));
        b.row(YearMonth.of(2024, 1), Money.parse("USD 1.00"), 1L, 0.5, BigDecimal.ONE);
        assertEquals("cell of COUNT column 'customers' in row 1 must be a Long but was String 'many'",
                assertThrows(IllegalArgumentException.class,
                        () -> b.row(YearMonth.of(2024, 2), null, "many", null, null)).getMessage());
        assertEquals("cell of MONTH column 'month' in row 1 must be a YearMonth but was String '2024-02'",
                assertThrows(IllegalArgumentException.class, () -> b.row("2024-02", null, null, null, null))
                        .getMessage());
        CurrencyMismatchException mismatch = assertThrows(CurrencyMismatchException.class,
                () -> b.row(null, Money.parse("EUR 5.00"), null, null, null));
        assertEquals("currency mismatch in column 'MRR', row 1, value 'EUR 5.00': expected USD but got EUR",
                mismatch.getMessage());
        assertEquals("cell of RATE column 'churn' in row 1 must be a finite Double but was 'NaN'",
                assertThrows(IllegalArgumentException.class, () -> b.row(null, null, null, Double.NaN, null))
                        .getMessage());
        assertEquals("cell of RATE column 'churn' in the total row must be a finite Double but was 'Infinity'",
                assertThrows(IllegalArgumentException.class,
                        () -> b.total(null, null, null, Double.POSITIVE_INFINITY, null)).getMessage());
        assertEquals("cell of RATE column 'churn' in row 1 must be a Double but was Float '0.5'",
                assertThrows(IllegalArgumentException.class, () -> b.row(null, null, null, 0.5f, null)).getMessage());
        assertEquals("cell of DECIMAL column 'lifetime' in row 1 must have at most 100 digits either side of the point"
                + " but was '1E+100'", assertThrows(IllegalArgumentException.class,
                        () -> b.row(null, null, null, null, new BigDecimal("1E+100"))).getMessage());
        assertEquals("row 1 has 2 cells but the table has 5 columns",
                assertThrows(IllegalArgumentException.class, () -> b.row(null, null)).getMessage());
        String longText = "x".repeat(100);
        assertEquals("cell of MONTH column 'month' in row 1 must be a YearMonth but was String '" + "x".repeat(64)
                + "… (100 characters)'", assertThrows(IllegalArgumentException.class,
                        () -> b.row(longText, null, null, null, null)).getMessage());
        assertEquals(1, b.build().rowCount(), "a rejected row is not added");
        b.row(null, null, null, null, new BigDecimal("1E+99"));
        assertEquals(2, b.build().rowCount());
    }

    @Test
    void theBuilderEnforcesTheShapeOfTheTable() {
        assertEquals("table 'empty' needs at least one column",
                assertThrows(IllegalArgumentException.class, () -> ResultTable.builder("empty").build()).getMessage());
        assertEquals("column name 'n' is used twice: names must be unique",
                assertThrows(IllegalArgumentException.class,
                        () -> ResultTable.builder("t").columns(Column.count("n"), Column.rate("n"))).getMessage());
        assertEquals("column 'late' comes after the first row: add every column before the rows",
                assertThrows(IllegalStateException.class,
                        () -> ResultTable.builder("t").columns(Column.count("n")).row(1L).column(Column.count("late")))
                        .getMessage());
        assertEquals("row 0 comes before any column: add the columns first",
                assertThrows(IllegalStateException.class, () -> ResultTable.builder("t").row(1L)).getMessage());
        ResultTable.Builder b = ResultTable.builder("t").columns(Column.count("n")).group("a").row(1L).group("b")
                .row(2L).group("b").row(3L);
        assertEquals("group 'a' comes twice: a group's rows must be consecutive",
                assertThrows(IllegalArgumentException.class, () -> b.group("a")).getMessage());
        assertEquals("group must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> b.group(" ")).getMessage());
        b.total(6L);
        assertEquals("the total row is set already: a table has at most one",
                assertThrows(IllegalArgumentException.class, () -> b.total(6L)).getMessage());
        assertThrows(NullPointerException.class, () -> b.row((Object[]) null));
        assertThrows(NullPointerException.class, () -> b.footnote(null));
        assertThrows(NullPointerException.class, () -> ResultTable.builder(null));
        ResultTable first = b.build();
        b.footnote("later");
        assertEquals(List.of(), first.footnotes(), "a built table does not see later additions");
        assertEquals(Arrays.asList("a", "b", "b", null),
                first.rows().stream().map(Row::group).toList());
    }

    @Test
    void cellsAreReadByRowAndColumnName() {
        ResultTable t = bySegment();
        assertEquals(5, t.rowCount());
        assertEquals(Money.parse("USD 12000.00"), t.value(1, "MRR"));
        assertEquals(Ratio.of(4, 15), t.value(2, "logo retention"));
        assertNull(t.value(3, "MRR"));
        assertEquals(1, t.columnIndex("MRR"));
        assertEquals("no column 'MRR (USD)' in table 'MRR by segment'; the columns are segment, MRR, customers, logo"
                + " retention, quick ratio", assertThrows(IllegalArgumentException.class,
                        () -> t.value(0, "MRR (USD)")).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> t.value(5, "MRR"));
        assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).cells().set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> t.columns().add(Column.count("x")));
        assertEquals(List.of("MRR net of discounts.", "Quick ratio: (new + expansion) / (contraction + churn)."),
                t.footnotes());
        assertEquals("2024", t.rows().get(1).group());
        assertTrue(t.rows().get(4).total());
    }

    @Test
    void equalByContent() {
        assertEquals(bySegment(), bySegment());
        assertEquals(bySegment().hashCode(), bySegment().hashCode());
        ResultTable a = ResultTable.builder("t").columns(Column.decimal("d", 2)).row(new BigDecimal("0.10")).build();
        ResultTable b = ResultTable.builder("t").columns(Column.decimal("d", 2)).row(new BigDecimal("0.1")).build();
        assertNotEquals(a, b, "decimals are kept as written");
        assertNotEquals(a, ResultTable.builder("u").columns(Column.decimal("d", 2)).row(new BigDecimal("0.10")).build());
        assertNotEquals(a, ResultTable.builder("t").columns(Column.decimal("d", 2)).row(new BigDecimal("0.10"))
                .footnote("n").build());
    }

    // ---- CSV to a file, JSON ----------------------------------------------------------------------

    @Test
    void writesCsvToAFileInUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("segments.csv");
        Files.writeString(file, "old content that is longer than the table's CSV ".repeat(20));
        bySegment().writeCsv(file);
        assertEquals(bySegment().toCsv(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void jsonKeepsEveryTypedCell() {
        ResultTable t = ResultTable.builder("all types")
                .columns(Column.text("segment"), Column.month("month"), Column.period("period"), Column.count("n"),
                        Column.money("MRR", "USD"), Column.percent("GRR"), Column.multiple("quick ratio"),
                        Column.rate("churn"), Column.decimal("lifetime", 1).withUnit("months"),
                        Column.interval("CI", 1, IntervalScale.PERCENT))
                .group("2024")
                .row("SMB", YearMonth.of(2024, 3), ReportingPeriod.quarter(2024, 1), 172_410L,
                        Money.parse("USD 1234.50"), Ratio.of(4, 15), Ratio.UNDEFINED, 0.0523, new BigDecimal("0.10"),
                        new ConfidenceInterval(0.1952, 0.2539, 0.95))
                .total(null, null, null, 7L, null, null, null, null, null, null)
                .footnote("n counts customers.")
                .build();
        String json = JsonRoundTrip.assertRoundTrips(t, ResultTable.class);
        assertEquals("{\"title\":\"all types\",\"columns\":["
                + "{\"name\":\"segment\",\"type\":\"TEXT\",\"decimals\":0},"
                + "{\"name\":\"month\",\"type\":\"MONTH\",\"decimals\":0},"
                + "{\"name\":\"period\",\"type\":\"PERIOD\",\"decimals\":0},"
                + "{\"name\":\"n\",\"type\":\"COUNT\",\"decimals\":0},"
                + "{\"name\":\"MRR\",\"type\":\"MONEY\",\"currency\":\"USD\",\"decimals\":0,\"unit\":\"USD\"},"
                + "{\"name\":\"GRR\",\"type\":\"PERCENT\",\"decimals\":0},"
                + "{\"name\":\"quick ratio\",\"type\":\"MULTIPLE\",\"decimals\":0},"
                + "{\"name\":\"churn\",\"type\":\"RATE\",\"decimals\":0},"
                + "{\"name\":\"lifetime\",\"type\":\"DECIMAL\",\"decimals\":1,\"unit\":\"months\"},"
                + "{\"name\":\"CI\",\"type\":\"INTERVAL\",\"decimals\":1,\"intervalScale\":\"PERCENT\"}],"
                + "\"rows\":[{\"group\":\"2024\",\"kind\":\"DATA\",\"cells\":[\"SMB\",\"2024-03\",\"2024-Q1\",172410,"
                + "\"USD 1234.50\",{\"numerator\":4,\"denominator\":15},{\"numerator\":0,\"denominator\":0},0.0523,"
                + "\"0.10\",{\"lower\":0.1952,\"upper\":0.2539,\"level\":0.95}]},"
                + "{\"kind\":\"TOTAL\",\"cells\":[null,null,null,7,null,null,null,null,null,null]}],"
                + "\"footnotes\":[\"n counts customers.\"]}", json);
        JsonRoundTrip.assertRoundTrips(ResultTable.builder("no rows").columns(Column.count("n")).build(),
                ResultTable.class);
    }

    @Test
    void jsonNeedsNoJacksonModule() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ResultTable t = ResultTable.builder("t").columns(Column.month("month"), Column.decimal("d", 1))
                .row(YearMonth.of(2024, 3), new BigDecimal("0.10")).build();
        String json = plain.writeValueAsString(t);
        assertEquals("{\"title\":\"t\",\"columns\":[{\"name\":\"month\",\"type\":\"MONTH\",\"decimals\":0},"
                + "{\"name\":\"d\",\"type\":\"DECIMAL\",\"decimals\":1}],\"rows\":[{\"kind\":\"DATA\","
                + "\"cells\":[\"2024-03\",\"0.10\"]}]}", json);
        assertEquals(t, plain.readValue(json, ResultTable.class));
        Row alone = plain.readValue("{\"kind\":\"DATA\",\"cells\":[\"2024-03\",null]}", Row.class);
        assertEquals(Arrays.asList("2024-03", null), alone.cells(), "a row alone keeps the JSON values");
    }

    @Test
    void aRowChecksItsShape() {
        assertEquals("the total row belongs to no group but had group '2024'", assertThrows(
                IllegalArgumentException.class, () -> new Row("2024", RowKind.TOTAL, List.of())).getMessage());
        assertThrows(NullPointerException.class, () -> new Row(null, null, List.of()));
        List<Object> cells = new java.util.ArrayList<>(Arrays.asList(1L, null));
        Row row = new Row(null, RowKind.DATA, cells);
        cells.set(0, 2L);
        assertEquals(1L, row.cell(0), "the cells are copied");
        assertNull(row.cell(1));
    }

    @Test
    void jsonIsReadThroughTheBuilder() {
        String head = "{\"title\":\"t\",\"columns\":[{\"name\":\"month\",\"type\":\"MONTH\"}],\"rows\":[";
        Exception bad = assertThrows(Exception.class, () -> JsonRoundTrip.MAPPER.readValue(
                head + "{\"kind\":\"DATA\",\"cells\":[\"2024-13\"]}]}", ResultTable.class));
        assertTrue(rootMessage(bad).startsWith("cell of MONTH column 'month' in row 0 cannot be read from '2024-13': "),
                rootMessage(bad));
        bad = assertThrows(Exception.class, () -> JsonRoundTrip.MAPPER.readValue(
                head + "{\"kind\":\"DATA\",\"cells\":[3]}]}", ResultTable.class));
        assertTrue(rootMessage(bad).startsWith("cell of MONTH column 'month' in row 0 cannot be read from '3'"),
                rootMessage(bad));
        bad = assertThrows(Exception.class, () -> JsonRoundTrip.MAPPER.readValue(
                head + "{\"kind\":\"TOTAL\",\"cells\":[null]},{\"kind\":\"DATA\",\"cells\":[null]}]}",
                ResultTable.class));
        assertEquals("the total row must be the last row but was row 0 of 2", rootMessage(bad));
        bad = assertThrows(Exception.class, () -> JsonRoundTrip.MAPPER.readValue(
                head + "{\"group\":\"a\",\"kind\":\"DATA\",\"cells\":[null]},{\"kind\":\"DATA\",\"cells\":[null]}]}",
                ResultTable.class));
        assertEquals("row 1 has no group but follows group 'a': rows without a group come first", rootMessage(bad));
        bad = assertThrows(Exception.class, () -> JsonRoundTrip.MAPPER.readValue(
                head + "{\"kind\":\"DATA\",\"cells\":[null,null]}]}", ResultTable.class));
        assertEquals("row 0 has 2 cells but the table has 1 columns", rootMessage(bad));
        bad = assertThrows(Exception.class, () -> JsonRoundTrip.MAPPER.readValue("{\"title\":\"t\",\"columns\":["
                + "{\"name\":\"MRR\",\"type\":\"MONEY\",\"currency\":\"USD\"}],\"rows\":[{\"kind\":\"DATA\","
                + "\"cells\":[\"EUR 1.00\"]}]}", ResultTable.class));
        assertEquals("currency mismatch in column 'MRR', row 0, value 'EUR 1.00': expected USD but got EUR",
                rootMessage(bad));
    }

    /** The message of the library's exception inside Jackson's. */
    private static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
        }
        throw new AssertionError("no IllegalArgumentException in", e);
    }
}
