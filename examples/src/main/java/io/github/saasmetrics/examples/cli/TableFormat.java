package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.table.ResultTable;
import java.util.Locale;

/**
 * How a single-result command prints its table: {@code --format text|csv|json}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TableFormat {

    /** Aligned text for a terminal: {@link ResultTable#toText()}. */
    TEXT {
        @Override
        public String render(ResultTable table) {
            return table.toText() + System.lineSeparator();
        }
    },
    /** RFC 4180 CSV with raw numbers for a spreadsheet: {@link ResultTable#toCsv()}. */
    CSV {
        @Override
        public String render(ResultTable table) {
            return table.toCsv();
        }
    },
    /** JSON with exact numbers for a program: {@link TableJson}. */
    JSON {
        @Override
        public String render(ResultTable table) {
            return TableJson.write(table) + System.lineSeparator();
        }
    };

    /**
     * The table in this format, ending with a line break.
     *
     * @param table the table, not null
     * @return the text, not null
     */
    public abstract String render(ResultTable table);

    /** The name as typed on the command line, which picocli lists in help and errors: {@code text}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
