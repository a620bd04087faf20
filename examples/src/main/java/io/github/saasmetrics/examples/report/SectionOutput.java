package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.table.ResultTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a report section shows: text (tables as the results print them), charts, and the typed
 * tables behind the text ({@link ResultTable}), which the HTML page shows as real tables and the
 * report writes as CSV files.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the text, lines separated by {@code \n}, not null
 * @param figures the charts, in order, not null, may be empty
 * @param tables the typed tables, in order, not null, may be empty
 */
public record SectionOutput(String text, List<Figure> figures, List<ResultTable> tables) {

    /** Validates and copies the parts. */
    public SectionOutput {
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /**
     * Text and charts, without typed tables.
     *
     * @param text the text, not null
     * @param figures the charts, not null
     */
    public SectionOutput(String text, List<Figure> figures) {
        this(text, figures, List.of());
    }

    /**
     * Text only.
     *
     * @param text the text, not null
     * @return the output, not null
     */
    public static SectionOutput text(String text) {
        return new SectionOutput(text, List.of());
    }

    /**
     * This output with typed tables added after any it has.
     *
     * @param more the tables, not null
     * @return a new output, not null
     */
    public SectionOutput withTables(ResultTable... more) {
        List<ResultTable> all = new ArrayList<>(tables);
        all.addAll(Arrays.asList(more));
        return new SectionOutput(text, figures, all);
    }
}
