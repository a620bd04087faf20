package io.github.saasmetrics.charts;

import java.awt.Graphics2D;
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

    /** An XY chart drawn by the library, with a number-at-risk row under it if it is a Kaplan–Meier curve's. */
    static final class Xy extends XYChart implements SaasmetricsChart {

        private RiskTable risks;

        Xy(XYChartBuilder builder) {
            super(builder);
        }

        /**
         * Adds a number-at-risk row at the bottom of the chart, within its height.
         *
         * @param table the row, not null
         */
        void riskTable(RiskTable table) {
            this.risks = table;
        }

        /** The number-at-risk row, or null if the chart has none. */
        RiskTable riskTable() {
            return risks;
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            if (risks == null) {
                super.paint(g, width, height);
                return;
            }
            // XChart lays the chart out in the height it is given and takes that as the chart's: it draws
            // above the row, and the chart keeps its whole size.
            int above = height - RiskTable.HEIGHT;
            Graphics2D chart = (Graphics2D) g.create();
            try {
                super.paint(chart, width, above);
            } finally {
                chart.dispose();
            }
            setWidth(width);
            setHeight(height);
            Graphics2D row = (Graphics2D) g.create();
            try {
                risks.paint(row, this, above);
            } finally {
                row.dispose();
            }
        }

        @Override
        public XYChart chart() {
            return this;
        }
    }
}
