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
 * @param notes prose the HTML page shows beside the typed tables (the text is then folded away),
 *     one paragraph each; a paragraph whose lines all start with {@code "- "} is a list; not null,
 *     may be empty
 */
public record SectionOutput(String text, List<Figure> figures, List<ResultTable> tables, List<String> notes) {

    /** Validates and copies the parts. */
    public SectionOutput {
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /**
     * Text, charts and typed tables, without notes.
     *
     * @param text the text, not null
     * @param figures the charts, not null
     * @param tables the typed tables, not null
     */
    public SectionOutput(String text, List<Figure> figures, List<ResultTable> tables) {
        this(text, figures, tables, List.of());
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
        return new SectionOutput(text, figures, all, notes);
    }

    /**
     * This output with prose paragraphs added after any it has, for the HTML page.
     *
     * @param more the paragraphs, not null
     * @return a new output, not null
     */
    public SectionOutput withNotes(String... more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(Arrays.asList(more));
        return new SectionOutput(text, figures, tables, all);
    }
}
