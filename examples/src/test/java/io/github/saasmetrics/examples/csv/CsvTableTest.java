package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static List<String> read(String text, java.util.function.Function<CsvRow, String> mapper) {
        return CsvTable.read(new StringReader(text), "t.csv", List.of("a"), mapper);
    }

    @Test
    void aLibraryErrorInARowIsReportedAtThatRowNotAsTheHeader() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("a,b\n1,2\n3,4\n", row -> {
            if (row.line() == 3) {
                throw new IllegalArgumentException("score must be 0..10 but was 11");
            }
            return row.required("a");
        }));
        assertEquals("t.csv line 3: score must be 0..10 but was 11", e.getMessage());
        assertEquals(3, e.line());
        assertNull(e.column());
        // Errors the row already names pass through unchanged.
        CsvFormatException named = assertThrows(CsvFormatException.class,
                () -> read("a\nx\n", row -> { throw row.error("a", "must be a number"); }));
        assertEquals("t.csv line 2, column 'a': must be a number but was 'x'", named.getMessage());
    }

    @Test
    void headerProblemsAreLineOne() {
        assertEquals("t.csv line 1: bad header: The header contains a duplicate name: \"a\" in [a, a]. If this is valid"
                + " then use CSVFormat.Builder.setDuplicateHeaderMode().", assertThrows(CsvFormatException.class,
                        () -> read("a,a\n1,2\n", row -> "")).getMessage());
        CsvFormatException quote = assertThrows(CsvFormatException.class, () -> read("\"a\nx\n", row -> ""));
        assertEquals(1, quote.line(), quote.getMessage());
        assertEquals("t.csv line 1, column 'a': required column is missing (the header has b)",
                assertThrows(CsvFormatException.class, () -> read("b\n1\n", row -> "")).getMessage());
    }

    @Test
    void aByteOrderMarkIsSkippedAndAnEmptyInputHasNoRows() {
        assertEquals(List.of("1", "3"), read("\uFEFFa,b\n1,2\n3,4", row -> row.required("a")));
        assertEquals(List.of("1"), read("\uFEFFa\n1", row -> row.required("a")));
        assertEquals(List.of(), read("\uFEFFa\n", row -> row.required("a")));
        assertEquals(List.of(), read("\uFEFFa", row -> row.required("a")));
        assertEquals("t.csv line 1, column 'a': required column is missing (the header has )",
                assertThrows(CsvFormatException.class, () -> read("\uFEFF", row -> "")).getMessage());
    }
}
