package io.github.saasmetrics.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsTextAndWritesMarkdown() {
        TextTable t = TextTable.of("month", "start", "end").row("2024-02", "100.00", "115.00").row("2024-03", "115.00", "9.50");
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
                assertThrows(IllegalArgumentException.class, () -> t.row("x")).getMessage());
    }
}
