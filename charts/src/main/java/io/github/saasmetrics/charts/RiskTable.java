package io.github.saasmetrics.charts;

import io.github.saasmetrics.survival.EntryCount;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.SurvivalRow;
import io.github.saasmetrics.table.Figures;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;

/**
 * The number-at-risk row of a Kaplan–Meier chart, drawn under the chart as part of its image: the
 * customers still at risk at each labelled time of the time axis, centred under the label, below
 * a caption. A reader sees how many customers each part of the curve rests on, and where the
 * band widens because few are left. Where the numbers would run into each other (many labelled
 * times, large counts), the row shows every second, third, … labelled time from the first.
 *
 * <p>At risk at time {@code t} are the customers observed from before {@code t} (all of them from
 * 0, unless they entered late) whose churn or censoring comes at {@code t} or later, as in the
 * curve's rows, whose {@code atRisk} is this count at their own time. Between two rows it is the
 * count of the next row; after the last, zero.
 *
 * <p>Not thread-safe, as the chart it belongs to.
 */
final class RiskTable {

    /** Height of the row in chart units: a caption line and a line of numbers. */
    static final int HEIGHT = 46;
    /** The least space between two numbers of the row, in chart units. */
    static final double GAP = 10;
    static final String CAPTION = "Number at risk";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, false);

    private final SurvivalCurve curve;
    private final TimeTicks ticks;
    private final Font font;
    /** The labelled times the row showed when last drawn. */
    private List<Double> shown = List.of();

    RiskTable(SurvivalCurve curve, TimeTicks ticks, Font font) {
        this.curve = Objects.requireNonNull(curve, "curve");
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        this.font = Objects.requireNonNull(font, "font");
    }

    /**
     * The customers at risk at a time.
     *
     * @param curve the curve, not null
     * @param t the time, zero or more
     * @return the count, zero or more
     */
    static long atRisk(SurvivalCurve curve, double t) {
        long n = curve.customers() - curve.enteredLate();
        for (EntryCount entry : curve.entries()) {
            if (entry.time() < t) {
                n += entry.customers();
            }
        }
        for (SurvivalRow row : curve.rows()) {
            if (row.time() < t) {
                n -= row.events() + row.censored();
            }
        }
        return n;
    }

    /** The labelled times the row showed when the chart was last drawn; empty before. */
    List<Double> times() {
        return shown;
    }

    /** The customers at risk at each of {@link #times()}. */
    List<Long> counts() {
        List<Long> counts = new ArrayList<>();
        for (double t : times()) {
            counts.add(atRisk(curve, t));
        }
        return counts;
    }

    /**
     * Draws the row in the strip from {@code top} to the chart's bottom, after the chart above it
     * is drawn (its time axis places the numbers).
     */
    void paint(Graphics2D g, XYChart chart, double top) {
        g.setColor(chart.getStyler().getChartBackgroundColor());
        g.fill(new Rectangle2D.Double(0, top, chart.getWidth(), chart.getHeight() - top));
        g.setColor(chart.getStyler().getChartFontColor());
        double left = chart.getStyler().getChartPadding();
        new TextLayout(CAPTION, font.deriveFont(Font.BOLD), CONTEXT).draw(g, (float) left, (float) (top + 16));
        List<Double> labelled = ticks.labelled();
        double widest = 0;
        for (double t : labelled) {
            widest = Math.max(widest, layout(atRisk(curve, t)).getBounds().getWidth());
        }
        // Every k-th labelled time, the fewest skipped for the numbers to keep GAP between them.
        int k = 1;
        if (labelled.size() > 1) {
            double spacing = Math.abs(chart.getScreenXFromChart(labelled.get(1)) - chart.getScreenXFromChart(labelled.get(0)));
            while (spacing * k < widest + GAP) {
                k++;
            }
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i += k) {
            times.add(labelled.get(i));
        }
        shown = List.copyOf(times);
        for (double t : times) {
            TextLayout number = layout(atRisk(curve, t));
            double x = chart.getScreenXFromChart(t) - number.getBounds().getWidth() / 2;
            number.draw(g, (float) x, (float) (top + 36));
        }
    }

    private TextLayout layout(long count) {
        return new TextLayout(Figures.grouped(count), font, CONTEXT);
    }
}
