package io.github.saasmetrics.charts;

import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart drawn by {@link Charts}: every chart its methods return is one, and still of the XChart
 * type the method declares ({@code CategoryChart}, {@code HeatMapChart} or {@code XYChart}).
 *
 * <p>The interface is sealed: a chart built with XChart directly is never a
 * {@code SaasmetricsChart}. A notebook display can so show the library's charts (as
 * {@code saasmetrics-jupyter} does) and leave every other chart to whatever shows it.
 *
 * <p>Charts are mutable and not thread-safe, as XChart's are.
 */
public sealed interface SaasmetricsChart permits LibraryCharts.Category, LibraryCharts.HeatMap, LibraryCharts.Xy {

    /**
     * This chart as XChart's type, to draw with {@link ChartImages} or to restyle.
     *
     * @return this chart, not null
     */
    Chart<?, ?> chart();
}
