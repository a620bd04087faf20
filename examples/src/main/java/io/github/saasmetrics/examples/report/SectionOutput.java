package io.github.saasmetrics.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report section shows: text (tables as the results print them) and charts.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text the text, lines separated by {@code \n}, not null
 * @param figures the charts, in order, not null, may be empty
 */
public record SectionOutput(String text, List<Figure> figures) {

    /** Validates and copies the parts. */
    public SectionOutput {
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
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
}
