package io.github.saasmetrics.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Row;
import io.github.saasmetrics.table.Tabular;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableHeadTest {

    private static ResultTable table(int perGroup) {
        ResultTable.Builder b = ResultTable.builder("customers by plan")
                .columns(Column.text("plan"), Column.count("customers"));
        for (String year : List.of("2023", "2024")) {
            b.group(year);
            for (int i = 0; i < perGroup; i++) {
                b.row(year + "-" + i, (long) i);
            }
        }
        return b.total(null, 2L * perGroup).footnote("counted at month-end").build();
    }

    @Test
    void aShortTableIsShownWhole() {
        ResultTable t = table(2);
        assertSame(t, TableHead.of(t, 4));
    }

    @Test
    void aLongTableKeepsItsFirstRowsItsGroupsAndItsTotal() {
        ResultTable head = TableHead.of(table(3), 4);
        List<Row> rows = head.rows();
        assertEquals(5, rows.size());
        assertEquals(List.of("2023-0", "2023-1", "2023-2", "2024-0"), rows.subList(0, 4).stream()
                .map(r -> (String) r.cell(0)).toList());
        assertEquals("2024", rows.get(3).group());
        assertTrue(rows.get(4).total());
        assertEquals(6L, rows.get(4).cell(1));
        assertEquals(List.of("counted at month-end",
                "… 2 more rows (set saasmetrics.notebook.maxRows to show more)"), head.footnotes());
    }

    @Test
    void theNotebookShowsATableAsItsTypedHtml() {
        Tabular result = () -> table(40);
        Map<String, String> bundle = NotebookDisplay.render(result).orElseThrow();
        String html = bundle.get(NotebookDisplay.HTML);
        assertTrue(html.startsWith("<div class=\"saasmetrics\"><table"), html);
        assertTrue(html.contains("… 20 more rows"), html);
        assertTrue(html.contains("data-value=\"39\""), html);
        assertTrue(!html.contains("2024-39"), html);
        assertEquals(NotebookDisplay.render(table(40)).orElseThrow().get(NotebookDisplay.HTML), html);
    }

    @Test
    void theRowLimitIsASystemProperty() {
        try {
            System.setProperty("saasmetrics.notebook.maxRows", "7");
            assertEquals(7, TableHead.maxRows());
            System.setProperty("saasmetrics.notebook.maxRows", "0");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, TableHead::maxRows);
            assertEquals("saasmetrics.notebook.maxRows must be a positive integer but was '0'", e.getMessage());
        } finally {
            System.clearProperty("saasmetrics.notebook.maxRows");
        }
        assertEquals(TableHead.DEFAULT_MAX_ROWS, TableHead.maxRows());
    }
}
