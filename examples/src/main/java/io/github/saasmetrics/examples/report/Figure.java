package io.github.saasmetrics.examples.report;

import java.util.Objects;
import java.util.function.Supplier;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart of a report section with its caption. The chart is built only when the HTML report is
 * written, so that the text report never touches AWT.
 *
 * <p>This record is immutable and thread-safe if the supplier is.
 *
 * @param caption what the chart shows, one sentence, not null
 * @param chart builds the chart, not null
 */
public record Figure(String caption, Supplier<Chart<?, ?>> chart) {

    /** Validates the parts. */
    public Figure {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
    }
}
