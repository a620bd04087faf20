package io.github.saasmetrics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.internal.chartpart.Legend_HeatMap;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * A heat map's colour scale, drawn right of the map in place of XChart's own: a gradient bar from
 * the scale's lowest value at the bottom to its highest at the top, with a tick and a label (with
 * its unit, such as {@code %}) at each of the scale's ticks, and a diverging scale's centre marked
 * across the bar. XChart's legend labels only the two ends, as raw decimals without a unit.
 *
 * <p>It takes the legend's place in XChart's layout: XChart leaves it the width it asks for right
 * of the plot. The bar's colours are those XChart gives the cells (evenly spread stops, blended
 * linearly).
 */
final class ScaleLegend extends Legend_HeatMap<HeatMapStyler, HeatMapSeries> {

    /** Chart units: gaps around the legend, the bar's width, the ticks' length, tick to label. */
    static final double MARGIN = 6;
    static final double PADDING = 8;
    static final double BAR = 18;
    static final double TICK = 5;
    static final double GAP = 4;
    /** Room above the bar for the chart's title and below it for the age axis; the tallest bar. */
    static final double TOP = 50;
    static final double BOTTOM = 80;
    static final double TALLEST = 280;
    private static final Color INK = new Color(0x424242);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, false);

    private final HeatMapChart chart;
    private final HeatmapScale scale;

    ScaleLegend(HeatMapChart chart, HeatmapScale scale) {
        super(chart);
        this.chart = chart;
        this.scale = Objects.requireNonNull(scale, "scale");
    }

    HeatmapScale scale() {
        return scale;
    }

    @Override
    public Rectangle2D getBounds() {
        double labels = 0;
        for (double tick : scale.ticks()) {
            labels = Math.max(labels, layout(tick).getBounds().getWidth());
        }
        return new Rectangle2D.Double(0, 0, PADDING + BAR + TICK + GAP + labels + PADDING, bar()[1] - bar()[0]);
    }

    /** The bar's top and bottom: centred between the title and the age axis, at most {@link #TALLEST}. */
    double[] bar() {
        double room = Math.max(40, chart.getHeight() - TOP - BOTTOM);
        double height = Math.min(room, TALLEST);
        double top = TOP + (room - height) / 2;
        return new double[] {top, top + height};
    }

    /** The bar's left edge. */
    double left() {
        return chart.getWidth() - MARGIN - getBounds().getWidth() + PADDING;
    }

    /** The height at which the bar shows a value. */
    double heightOf(double value) {
        double[] bar = bar();
        return bar[1] - (value - scale.min()) / (scale.max() - scale.min()) * (bar[1] - bar[0]);
    }

    @Override
    public void paint(Graphics2D g) {
        if (!chart.getStyler().isLegendVisible()) {
            return;
        }
        double[] bar = bar();
        double x = left();
        int n = scale.colours().size();
        float[] fractions = new float[n];
        for (int i = 0; i < n; i++) {
            fractions[i] = (float) i / (n - 1);
        }
        g.setPaint(new LinearGradientPaint(0f, (float) bar[1], 0f, (float) bar[0], fractions,
                scale.colours().toArray(new Color[0])));
        g.fill(new Rectangle2D.Double(x, bar[0], BAR, bar[1] - bar[0]));
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        for (double tick : scale.ticks()) {
            double y = heightOf(tick);
            boolean centre = scale.isMidpoint(tick);
            if (centre) {
                // The centre across the bar: where a cell is neither lost nor gained.
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new Line2D.Double(x, y, x + BAR + TICK, y));
                g.setStroke(new BasicStroke(1f));
            } else {
                g.draw(new Line2D.Double(x + BAR, y, x + BAR + TICK, y));
            }
            TextLayout text = layout(tick);
            Rectangle2D bounds = text.getBounds();
            g.setColor(chart.getStyler().getChartFontColor());
            text.draw(g, (float) (x + BAR + TICK + GAP), (float) (y + bounds.getHeight() / 2));
            g.setColor(INK);
        }
    }

    private TextLayout layout(double tick) {
        Font font = chart.getStyler().getLegendFont();
        if (scale.isMidpoint(tick)) {
            font = font.deriveFont(Font.BOLD);
        }
        return new TextLayout(scale.label(tick), font, CONTEXT);
    }
}
