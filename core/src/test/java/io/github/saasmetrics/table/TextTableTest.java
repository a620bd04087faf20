package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsTextAndWritesMarkdown() {
        TextTable.Builder builder = TextTable.builder("month", "start", "end").row("2024-02", "100.00", "115.00")
                .row("2024-03", "115.00", "9.50");
        TextTable t = builder.build();
        assertEquals("""
                month     start     end
                2024-02  100.00  115.00
                2024-03  115.00    9.50""", t.toString());
        assertEquals("""
                | month | start | end |
                |---|---:|---:|
                | 2024-02 | 100.00 | 115.00 |
                | 2024-03 | 115.00 | 9.50 |""", t.toMarkdown());
        assertEquals("row has 1 cells but the table has 3 columns",
                assertThrows(IllegalArgumentException.class, () -> builder.row("x")).getMessage());
    }

    @Test
    void aBuiltTableIsImmutableAndShowsItsParts() {
        TextTable.Builder builder = TextTable.builder("<name", ">n").row("a", 1).note("a note");
        TextTable first = builder.build();
        builder.row("b", null);
        TextTable second = builder.build();
        assertEquals(List.of(List.of("a", "1")), first.rows(), "a table does not see rows added after it was built");
        assertEquals(List.of(List.of("a", "1"), List.of("b", "")), second.rows());
        assertEquals(List.of("name", "n"), first.columns());
        assertEquals(List.of(false, true), List.of(first.rightAligned(0), first.rightAligned(1)));
        assertEquals(Map.of(1, "a note"), first.notes());
        assertEquals("name  n\na     1\na note", first.toText());
        assertEquals(first, TextTable.builder("<name", ">n").row("a", 1).note("a note").build());
        assertNotEquals(first, second);
        assertThrows(UnsupportedOperationException.class, () -> first.rows().get(0).set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> first.notes().put(2, "x"));
    }

    @Test
    void aTableNeedsAColumn() {
        assertEquals("a table needs at least one column",
                assertThrows(IllegalArgumentException.class, TextTable::builder).getMessage());
    }

    @Test
    void numericTablesAlignEveryColumnRightAndTurnShortRowsIntoNotes() {
        TextTable t = TextTable.numeric(new String[] {"t", "value"},
                List.of(new String[] {"1", "0.5"}, new String[] {"… 3 more rows …"}, new String[] {"10", "0.25"}));
        assertEquals("""
                 t  value
                 1    0.5
                … 3 more rows …
                10   0.25""", t.toText());
    }
}
