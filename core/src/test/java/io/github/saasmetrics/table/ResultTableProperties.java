package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.JsonRoundTrip;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every form of any table: CSV and HTML read back to the typed values, JSON round-trips, text and
 * Markdown keep their shape whatever the text in them, and a bad cell is named.
 */
class ResultTableProperties {

    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("USD"),
            Currency.getInstance("JPY"), Currency.getInstance("BHD"), Currency.getInstance("EUR"));

    /** Characters that break naive CSV, HTML, Markdown and text. */
    private static final char[] HOSTILE = {',', '"', '\r', '\n', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '|',
        '\\', '<', '>', '&', '\'', ' ', '—', '×', '\u2028', '\u2029', '\u202E', '\u2066', '\uD800', '\uDC00',
        '\uFFFE', '\uFFFF', '*', '_', '`', '#', 'a', 'Z', '9'};

    @Provide
    Arbitrary<ResultTable> tables() {
        return Arbitraries.randomValue(ResultTableProperties::table);
    }

    // ---- the generator ----------------------------------------------------------------------------

    static ResultTable table(Random random) {
        ResultTable.Builder b = ResultTable.builder(text(random));
        int width = 1 + random.nextInt(6);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            columns.add(column(random, i));
        }
        b.columns(columns.toArray(Column[]::new));
        int rows = random.nextInt(8);
        boolean grouped = random.nextInt(3) == 0;
        for (int r = 0; r < rows; r++) {
            if (grouped && r > 0 && (r == 1 || random.nextInt(3) == 0)) {
                b.group(text(random) + "#" + r);
            }
            b.row(cells(random, columns));
        }
        if (random.nextBoolean()) {
            b.total(cells(random, columns));
        }
        for (int f = random.nextInt(3); f > 0; f--) {
            b.footnote(text(random));
        }
        return b.build();
    }

    private static Column column(Random random, int i) {
        String name = text(random) + "#" + i;
        ColumnType type = ColumnType.values()[random.nextInt(ColumnType.values().length)];
        Column column = switch (type) {
            case TEXT -> Column.text(name);
            case MONTH -> Column.month(name);
            case PERIOD -> Column.period(name);
            case COUNT -> Column.count(name);
            case MONEY -> Column.money(name, CURRENCIES.get(random.nextInt(CURRENCIES.size())));
            case PERCENT -> Column.percent(name);
            case MULTIPLE -> Column.multiple(name);
            case RATE -> Column.rate(name);
            case DECIMAL -> Column.decimal(name, random.nextInt(Column.MAX_DECIMALS + 1));
            case INTERVAL -> Column.interval(name, random.nextInt(Column.MAX_DECIMALS + 1),
                    random.nextBoolean() ? IntervalScale.PLAIN : IntervalScale.PERCENT);
        };
        return type != ColumnType.MONEY && random.nextInt(4) == 0 ? column.withUnit(text(random) + "u") : column;
    }

    private static Object[] cells(Random random, List<Column> columns) {
        Object[] cells = new Object[columns.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = random.nextInt(6) == 0 ? null : cell(random, columns.get(c));
        }
        return cells;
    }

    private static Object cell(Random random, Column column) {
        return switch (column.type()) {
            case TEXT -> text(random);
            case MONTH -> random.nextBoolean() ? YearMonth.of(1900 + random.nextInt(300), 1 + random.nextInt(12))
                    : YearMonth.of(Year.MIN_VALUE + random.nextInt(Year.MAX_VALUE) * 2, 1 + random.nextInt(12));
            case PERIOD -> period(random);
            case COUNT -> switch (random.nextInt(4)) {
                case 0 -> random.nextLong();
                case 1 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                case 2 -> random.nextInt(); // an Integer, widened to a Long
                default -> (long) random.nextInt(10_000);
            };
            case MONEY -> Money.ofMinor(column.currency(), random.nextBoolean() ? random.nextLong()
                    : random.nextInt(2_000_000) - 1_000_000);
            case PERCENT, MULTIPLE -> random.nextInt(5) == 0 ? Ratio.UNDEFINED
                    : random.nextBoolean() ? Ratio.of(random.nextInt(1000) - 100, 1 + random.nextInt(1000))
                    : Ratio.of(random.nextLong(), 1 + (random.nextLong() & Long.MAX_VALUE - 1));
            case RATE -> real(random);
            case DECIMAL -> new BigDecimal(new BigInteger(random.nextInt(200), random), random.nextInt(90) - 30)
                    .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
            case INTERVAL -> {
                double a = real(random);
                double b = real(random);
                double level = (1 + random.nextInt(998)) / 1000.0 + random.nextDouble() / 1e6;
                yield new ConfidenceInterval(Math.min(a, b), Math.max(a, b), level);
            }
        };
    }

    private static ReportingPeriod period(Random random) {
        int year = random.nextBoolean() ? 1 + random.nextInt(9000) : random.nextInt(999_999_998) - 999_999_998 / 2;
        return switch (random.nextInt(4)) {
            case 0 -> ReportingPeriod.month(YearMonth.of(year, 1 + random.nextInt(12)));
            case 1 -> ReportingPeriod.quarter(year, 1 + random.nextInt(4));
            case 2 -> ReportingPeriod.year(year);
            default -> {
                LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                yield ReportingPeriod.of(start, start.plusDays(1 + random.nextInt(1000)));
            }
        };
    }

    private static double real(Random random) {
        switch (random.nextInt(5)) {
            case 0:
                double d;
                do {
                    d = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(d));
                return d;
            case 1:
                return new double[] {-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300}[
                        random.nextInt(6)];
            default:
                return random.nextDouble() * 2 - 0.5;
        }
    }

    /** Text of 0 to 12 characters: hostile ones, any UTF-16 unit (lone surrogates too) and pairs. */
    static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(13); n > 0; n--) {
            switch (random.nextInt(3)) {
                case 0 -> sb.append(HOSTILE[random.nextInt(HOSTILE.length)]);
                case 1 -> sb.append((char) random.nextInt(0x10000));
                default -> sb.appendCodePoint(random.nextBoolean() ? 0x1F600 + random.nextInt(80)
                        : 'a' + random.nextInt(26));
            }
        }
        return sb.toString();
    }

    // ---- CSV --------------------------------------------------------------------------------------

    @Property
    void csvReadsBackToTheTypedValues(@ForAll("tables") ResultTable table) {
        List<List<String>> records = Rfc4180.read(table.toCsv());
        boolean groups = table.rows().stream().anyMatch(r -> r.group() != null);
        boolean total = table.rows().stream().anyMatch(Row::total);
        List<String> header = new ArrayList<>();
        if (groups) {
            header.add("group");
        }
        if (total) {
            header.add("row kind");
        }
        for (Column column : table.columns()) {
            if (column.type() == ColumnType.INTERVAL) {
                header.addAll(List.of(column.heading() + " lower", column.heading() + " upper",
                        column.heading() + " level"));
            } else {
                header.add(column.heading());
            }
        }
        assertEquals(table.rowCount() + 1, records.size());
        assertEquals(header, records.get(0));
        for (int r = 0; r < table.rowCount(); r++) {
            Row row = table.rows().get(r);
            List<String> fields = records.get(r + 1);
            assertEquals(header.size(), fields.size());
            int f = 0;
            if (groups) {
                assertEquals(row.group(), fields.get(f++));
            }
            if (total) {
                assertEquals(row.total() ? "total" : "data", fields.get(f++));
            }
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                Object cell = row.cells().get(c);
                if (column.type() == ColumnType.INTERVAL) {
                    List<String> bounds = fields.subList(f, f + 3);
                    f += 3;
                    assertEquals(cell, cell == null ? bounds.get(0) : new ConfidenceInterval(
                            Double.parseDouble(bounds.get(0)), Double.parseDouble(bounds.get(1)),
                            Double.parseDouble(bounds.get(2))));
                    if (cell == null) {
                        assertEquals(Arrays.asList(null, null, null), bounds);
                    }
                } else {
                    assertEquals(csvValue(cell), readCsv(column, fields.get(f++)), column.heading());
                }
            }
        }
    }

    /** What a cell's CSV field holds: the cell itself, or a ratio's value; null when undefined. */
    private static Object csvValue(Object cell) {
        if (cell instanceof Ratio r) {
            return r.defined() ? r.value() : null;
        }
        return cell;
    }

    private static Object readCsv(Column column, String field) {
        if (field == null) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> field;
            case MONTH -> YearMonth.parse(field);
            case PERIOD -> ReportingPeriod.parse(field);
            case COUNT -> Long.valueOf(field);
            case MONEY -> Money.of(column.currency(), new BigDecimal(field));
            case PERCENT, MULTIPLE, RATE -> Double.valueOf(field);
            case DECIMAL -> new BigDecimal(field);
            case INTERVAL -> throw new AssertionError("an interval has three fields");
        };
    }

    // ---- HTML -------------------------------------------------------------------------------------

    @Property(tries = 300)
    void htmlIsWellFormedAndEveryDataValueReadsBack(@ForAll("tables") ResultTable table) throws Exception {
        Document doc = ResultTableTest.parse(table.toHtml());
        assertEquals(Cells.visible(table.title()), doc.getElementsByTagName("caption").item(0).getTextContent());
        NodeList headings = ((Element) doc.getElementsByTagName("thead").item(0)).getElementsByTagName("th");
        assertEquals(table.columns().size(), headings.getLength());
        for (int c = 0; c < headings.getLength(); c++) {
            assertEquals(Cells.visible(table.columns().get(c).heading()), headings.item(c).getTextContent());
        }
        List<Element> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        NodeList trs = doc.getElementsByTagName("tr");
        for (int i = 1; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            switch (tr.getAttribute("class")) {
                case "group" -> groups.add(tr.getTextContent());
                case "footnote" -> footnotes.add(tr.getTextContent());
                default -> rows.add(tr);
            }
        }
        assertEquals(table.footnotes().stream().map(Cells::visible).toList(), footnotes);
        assertEquals(table.rows().stream().map(Row::group).filter(g -> g != null).distinct().map(Cells::visible)
                .toList(), groups);
        assertEquals(table.rowCount(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            Row row = table.rows().get(r);
            assertEquals(row.total() ? "total" : "", rows.get(r).getAttribute("class"));
            List<Element> tds = children(rows.get(r));
            assertEquals(table.columns().size(), tds.size());
            for (int c = 0; c < tds.size(); c++) {
                checkHtmlCell(table.columns().get(c), row.cells().get(c), row.total(), c, tds.get(c));
            }
        }
    }

    private static List<Element> children(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertEquals("td", e.getTagName());
                out.add(e);
            }
        }
        return out;
    }

    private static void checkHtmlCell(Column column, Object cell, boolean total, int c, Element td) {
        String text = total && cell == null ? c == 0 ? "Total" : "" : Cells.text(column, cell);
        assertEquals(text, td.getTextContent());
        if (!column.type().numeric()) {
            assertFalse(td.hasAttributes(), "a text cell has no attributes");
            return;
        }
        assertEquals(Cells.negative(cell) ? "num neg" : "num", td.getAttribute("class"));
        String value = td.hasAttribute("data-value") ? td.getAttribute("data-value") : null;
        switch (column.type()) {
            case COUNT -> assertEquals(cell, value == null ? null : Long.valueOf(value));
            case MONEY -> assertEquals(cell, value == null ? null : Money.of(column.currency(), new BigDecimal(value)));
            case RATE -> assertEquals(cell, value == null ? null : Double.valueOf(value));
            case DECIMAL -> assertEquals(cell, value == null ? null : new BigDecimal(value));
            case PERCENT, MULTIPLE -> {
                assertEquals(csvValue(cell), value == null ? null : Double.valueOf(value));
                Ratio back = td.hasAttribute("data-numerator") ? Ratio.of(Long.parseLong(td.getAttribute(
                        "data-numerator")), Long.parseLong(td.getAttribute("data-denominator"))) : null;
                assertEquals(cell, back);
            }
            case INTERVAL -> {
                assertNull(value);
                ConfidenceInterval back = td.hasAttribute("data-lower") ? new ConfidenceInterval(
                        Double.parseDouble(td.getAttribute("data-lower")),
                        Double.parseDouble(td.getAttribute("data-upper")),
                        Double.parseDouble(td.getAttribute("data-level"))) : null;
                assertEquals(cell, back);
            }
            default -> throw new AssertionError(column.type());
        }
    }

    // ---- JSON -------------------------------------------------------------------------------------

    @Property(tries = 300)
    void jsonRoundTrips(@ForAll("tables") ResultTable table) {
        JsonRoundTrip.assertRoundTrips(table, ResultTable.class);
    }

    // ---- text and Markdown keep their shape ---------------------------------------------------------

    @Property
    void textAndMarkdownKeepOneLinePerRowWhateverTheText(@ForAll("tables") ResultTable table) {
        long groups = table.rows().stream().map(Row::group).filter(g -> g != null).distinct().count();
        boolean total = table.rows().stream().anyMatch(Row::total);
        String text = table.toText();
        assertTrue(text.chars().noneMatch(ch -> ch != '\n' && Character.isISOControl(ch)), text);
        assertEquals(2 + table.rowCount() + groups + (total ? 1 : 0) + table.footnotes().size(),
                text.split("\n", -1).length, text);

        String markdown = table.toMarkdown();
        assertTrue(markdown.chars().noneMatch(ch -> ch != '\n' && Character.isISOControl(ch)), markdown);
        String[] lines = markdown.split("\n", -1);
        int tableLines = 2 + table.rowCount() + (int) groups;
        assertEquals(2 + tableLines + 2 * table.footnotes().size(), lines.length, markdown);
        for (int i = 2; i < 2 + tableLines; i++) {
            assertTrue(lines[i].startsWith("|") && lines[i].endsWith("|"), lines[i]);
            assertEquals(table.columns().size() + 1, unescapedPipes(lines[i]), lines[i]);
            assertFalse(lines[i].contains("<"), lines[i]);
        }
    }

    /** The pipes that delimit cells: those not escaped by an odd number of backslashes. */
    private static int unescapedPipes(String line) {
        int count = 0;
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' && backslashes % 2 == 0) {
                count++;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return count;
    }

    // ---- bad cells ----------------------------------------------------------------------------------

    @Property
    void aBadCellIsRejectedNamingItsColumnRowAndValue(@ForAll("tables") ResultTable table,
            @ForAll @IntRange(min = 0, max = 5) int at, @ForAll @IntRange(min = 0, max = 2) int kind) {
        List<Column> columns = table.columns();
        int c = at % columns.size();
        Column column = columns.get(c);
        ResultTable.Builder b = ResultTable.builder(table.title()).columns(columns.toArray(Column[]::new));
        int dataRows = 0;
        for (Row row : table.rows()) {
            if (!row.total()) {
                b.row(row.cells().toArray());
                dataRows++;
            }
        }
        Object bad = switch (column.type()) {
            case TEXT -> 42L;
            case RATE -> kind == 0 ? "0.5" : kind == 1 ? Double.NaN : Double.NEGATIVE_INFINITY;
            case MONEY -> kind == 0 ? "USD 1.00" : Money.ofMinor(column.currency().getCurrencyCode().equals("CHF")
                    ? "EUR" : "CHF", 100);
            default -> kind == 0 ? "bad, \"value\"\n" : Boolean.TRUE;
        };
        Object[] cells = new Object[columns.size()];
        cells[c] = bad;
        boolean asTotal = kind == 2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> {
                    if (asTotal) {
                        b.total(cells);
                    } else {
                        b.row(cells);
                    }
                });
        String message = e.getMessage();
        assertTrue(message.contains("column '" + Limits.quote(column.name()) + "'"), message);
        assertTrue(message.contains(asTotal ? "the total row" : "row " + dataRows), message);
        assertTrue(message.contains("'" + Limits.quote(bad) + "'"), message);
        assertEquals(bad instanceof Money, e instanceof CurrencyMismatchException);
        assertNotNull(b.build(), "the builder is still usable");
        assertEquals(dataRows, b.build().rowCount());
    }
}
