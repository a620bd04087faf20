package io.github.saasmetrics.charts;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * The classes of the charts {@link Charts} returns: XChart's chart types, each marked as a
 * {@link SaasmetricsChart} and otherwise unchanged.
 */
final class LibraryCharts {

    private LibraryCharts() {
    }

    /** A category chart (bars, lines) drawn by the library. */
    static final class Category extends CategoryChart implements SaasmetricsChart {

        Category(CategoryChartBuilder builder) {
            super(builder);
        }

        @Override
        public CategoryChart chart() {
            return this;
        }
    }

    /** A heat map drawn by the library, with its colour scale as the legend. */
    static final class HeatMap extends HeatMapChart implements SaasmetricsChart {

        private final HeatmapScale scale;

        HeatMap(HeatMapChartBuilder builder, HeatmapScale scale) {
            super(builder);
            this.scale = scale;
            scale.applyTo(getStyler());
            // XChart's own legend labels only the scale's two ends, as raw decimals without a unit.
            legend = new ScaleLegend(this, scale);
        }

        /** The colour scale the cells and the legend follow. */
        HeatmapScale scale() {
            return scale;
        }

        @Override
        public HeatMapChart chart() {
            return this;
        }
    }

    /** An XY chart drawn by the library. */
    static final class Xy extends XYChart implements SaasmetricsChart {

        Xy(XYChartBuilder builder) {
            super(builder);
        }

        @Override
        public XYChart chart() {
            return this;
        }
    }
}
