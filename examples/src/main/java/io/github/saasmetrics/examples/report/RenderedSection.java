package io.github.saasmetrics.examples.report;

import java.util.Objects;

/**
 * A section's title with what it rendered, ready for the text and the HTML report.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the heading, not null
 * @param output the text and charts, not null
 */
public record RenderedSection(String title, SectionOutput output) {

    /** Validates the parts. */
    public RenderedSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(output, "output");
    }
}
