package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.SurvivalRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/**
 * Where the survival chart draws its curve and band, read from the image. The mapping comes from
 * the image: the curve's drops give the time axis (two of them), and its first step (1 at time 0)
 * and its last give the survival axis; every other step and every band edge is checked against
 * that mapping.
 */
class SurvivalPixelsTest {

    /** Allowed distance between a mark and where the axes put its value. */
    private static final double PX = 2;
    private static final IntPredicate CURVE = Pixels.anyOf(Charts.NEW);
    /**
     * The band's pixels: its translucent green over white or over a grid line, pale and green. The
     * curve's own pixels are darker; white and the grey grid lines are not green.
     */
    private static final IntPredicate BAND = rgb -> {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return g >= 190 && g - r >= 12 && g - b >= 12;
    };

    /**
     * 40 customers: churn at 1, 2, 3, 4, 6, 8 and 10 months, some censored along the way, so the
     * curve steps down to about a third and its band widens as fewer stay at risk.
     */
    static SurvivalCurve fortyCustomers() {
        List<Double> tenures = new ArrayList<>();
        List<Boolean> churned = new ArrayList<>();
        int[][] groups = {{1, 6, 0}, {2, 5, 2}, {3, 4, 0}, {4, 3, 3}, {6, 4, 1}, {8, 2, 2}, {10, 2, 6}};
        for (int[] g : groups) {
            for (int i = 0; i < g[1] + g[2]; i++) {
                tenures.add((double) g[0]);
                churned.add(i < g[1]);
            }
        }
        double[] t = tenures.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] c = new boolean[churned.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = churned.get(i);
        }
        return KaplanMeier.fit(t, c);
    }

    @Test
    void theStepCurveSitsAtItsSurvivalValuesAndDropsAtItsTimes() {
        SurvivalCurve curve = fortyCustomers();
        assertEquals(40, curve.customers());
        Drawn drawn = new Drawn(curve);
        List<SurvivalRow> rows = curve.rows();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(drawn.x(rows.get(i).time()), drawn.drops.get(i), PX, "the drop at " + rows.get(i).time());
        }
        // Step i runs from the previous drop (time 0 for the first) to the next, at the survival reached.
        for (int i = 0; i + 1 < rows.size(); i++) {
            int x = drawn.middle(i + 1);
            assertEquals(drawn.y(rows.get(i).survival()), drawn.curveAt(x), PX,
                    "the step from " + rows.get(i).time() + " at S = " + rows.get(i).survival());
        }
        assertEquals(drawn.y(1), drawn.curveAt(drawn.middle(0)), PX, "S = 1 up to the first churn");
    }

    @Test
    void theBandSurroundsTheCurveFromItsLowerToItsUpperBound() {
        SurvivalCurve curve = fortyCustomers();
        Drawn drawn = new Drawn(curve);
        List<SurvivalRow> rows = curve.rows();
        for (int i = 0; i + 1 < rows.size(); i++) {
            SurvivalRow r = rows.get(i);
            int x = drawn.middle(i + 1);
            double line = drawn.curveAt(x);
            String step = "the step from " + r.time() + " (S " + r.survival() + ", interval " + r.lower() + " to "
                    + r.upper() + ")";
            // Band pixels next to the curve on both sides, then the band's edges at the bounds.
            int[] run = drawn.curveRun(x);
            assertTrue(drawn.pixels.is(x, run[0] - 2, BAND), step + ": band above the curve");
            assertTrue(drawn.pixels.is(x, run[1] + 1, BAND), step + ": band below the curve");
            assertEquals(drawn.y(r.upper()), drawn.bandEdge(x, run[0] - 2, -1), PX, step + ": the band's top");
            assertEquals(drawn.y(r.lower()), drawn.bandEdge(x, run[1] + 1, 1), PX, step + ": the band's bottom");
            assertTrue(drawn.y(r.upper()) < line - 5 && drawn.y(r.lower()) > line + 5, step + ": a band wider than the curve");
        }
        // Before the first churn the interval is the point 1: no band.
        int x = drawn.middle(0);
        int[] run = drawn.curveRun(x);
        assertFalse(drawn.pixels.is(x, run[1] + 2, BAND), "no band before the first churn");
    }

    @Test
    void underTheChartStandsTheNumberAtRiskAtEachLabelledTime() {
        SurvivalCurve curve = fortyCustomers();
        XYChart chart = Charts.survivalCurve("Customer survival", curve);
        Pixels pixels = Pixels.of(chart);
        // The same curve without its counts has no row: the row makes the image taller by its own height.
        List<SurvivalRow> rows = curve.rows();
        double[] times = DoubleStream.concat(DoubleStream.of(0), rows.stream().mapToDouble(SurvivalRow::time)).toArray();
        double[] survival = DoubleStream.concat(DoubleStream.of(1), rows.stream().mapToDouble(SurvivalRow::survival))
                .toArray();
        Pixels bare = Pixels.of(Charts.survivalCurve("Customer survival", times, survival, null, null));
        int row = (int) Math.round(RiskTable.HEIGHT * ChartImages.DEFAULT_SCALE);
        assertEquals(bare.height() + row, pixels.height(), "the row below the chart");

        RiskTable table = ((LibraryCharts.Xy) chart).riskTable();
        assertEquals(IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList(), table.times(),
                "every labelled month of the time axis");
        // At risk at t: the customers whose tenure is t or more, the count of the first row at or after t.
        List<Long> expected = new ArrayList<>();
        for (double t : table.times()) {
            expected.add(rows.stream().filter(r -> r.time() >= t).findFirst().map(SurvivalRow::atRisk).orElse(0L));
        }
        assertEquals(expected, table.counts());
        assertEquals(List.of(40L, 40L, 34L, 27L, 23L, 17L, 17L, 12L, 12L, 8L, 8L), table.counts());

        // In the image: the caption at the left of the row, a number under each labelled time and
        // nothing halfway between two of them.
        Drawn drawn = new Drawn(curve, pixels);
        int top = pixels.height() - row;
        assertTrue(dark(pixels, 0, (int) drawn.x(0) - 20, top, top + row / 2) > 50, "the caption");
        double month = drawn.x(1) - drawn.x(0);
        for (double t : table.times()) {
            int x = (int) Math.round(drawn.x(t));
            assertTrue(dark(pixels, x - 12, x + 12, top + row / 2, pixels.height()) > 15, "a number under " + t);
            if (t < 10) {
                int between = (int) Math.round(drawn.x(t) + month / 2);
                assertEquals(0, dark(pixels, between - 3, between + 3, top, pixels.height()), "nothing between "
                        + t + " and " + (t + 1));
            }
        }
        assertEquals(0, dark(pixels, 0, pixels.width(), top - 4, top + 4), "the row starts below the axis title");
    }

    @Test
    void whereTheNumbersWouldRunIntoEachOtherTheRowShowsEveryFewLabelledTimes() {
        // 12,000 customers over 30 months: six-character counts, a labelled time each month.
        double[] tenures = new double[12_000];
        boolean[] churned = new boolean[tenures.length];
        for (int i = 0; i < tenures.length; i++) {
            tenures[i] = 1 + i % 30;
            churned[i] = i % 3 != 0;
        }
        SurvivalCurve curve = KaplanMeier.fit(tenures, churned);
        XYChart chart = Charts.survivalCurve("Customer survival", curve);
        Pixels pixels = Pixels.of(chart);
        RiskTable table = ((LibraryCharts.Xy) chart).riskTable();
        List<Double> times = table.times();
        assertEquals(0.0, times.get(0), "from the first labelled time");
        double step = times.get(1) - times.get(0);
        assertTrue(step > 1 && step == Math.rint(step), "every few whole months, not each: " + times);
        for (int i = 1; i < times.size(); i++) {
            assertEquals(step, times.get(i) - times.get(i - 1), 1e-9, "evenly: " + times);
        }
        assertEquals(12_000, table.counts().get(0));
        // In the image, one block of text per number, apart from its neighbours.
        int row = (int) Math.round(RiskTable.HEIGHT * ChartImages.DEFAULT_SCALE);
        int top = pixels.height() - row / 2;
        List<int[]> blocks = new ArrayList<>();
        for (int x = 0; x < pixels.width(); x++) {
            if (dark(pixels, x, x + 1, top, pixels.height()) == 0) {
                continue;
            }
            if (!blocks.isEmpty() && x - blocks.get(blocks.size() - 1)[1] < 8) {
                blocks.get(blocks.size() - 1)[1] = x + 1;
            } else {
                blocks.add(new int[] {x, x + 1});
            }
        }
        assertEquals(times.size(), blocks.size(), "numbers at least 8 pixels apart");
    }

    /** The text pixels in a box: black, and the darkest of its anti-aliased edges. */
    private static int dark(Pixels pixels, int left, int right, int top, int bottom) {
        int n = 0;
        for (int y = Math.max(0, top); y < Math.min(bottom, pixels.height()); y++) {
            for (int x = Math.max(0, left); x < Math.min(right, pixels.width()); x++) {
                int rgb = pixels.rgb(x, y);
                n += ((rgb >> 16) & 0xFF) < 90 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90 ? 1 : 0;
            }
        }
        return n;
    }

    /** A survival chart drawn, with the mapping read from its image. */
    static final class Drawn {

        final Pixels pixels;
        /** The x of each drop of the curve, in the order of the curve's rows. */
        final List<Double> drops = new ArrayList<>();
        private final double x0;
        private final double perMonth;
        private final double y0;
        private final double perUnit;
        private final double firstDrop;

        Drawn(SurvivalCurve curve) {
            this(curve, Pixels.of(Charts.survivalCurve("Customer survival", curve)));
        }

        Drawn(SurvivalCurve curve, Pixels pixels) {
            this.pixels = pixels;
            List<SurvivalRow> rows = curve.rows();
            // A drop is a column run where the curve's colour runs down more than its line is thick.
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            for (int x = 0; x <= pixels.width(); x++) {
                boolean tall = x < pixels.width()
                        && pixels.runsInColumn(x, CURVE).stream().anyMatch(r -> r[1] - r[0] >= 8);
                if (tall && start < 0) {
                    start = x;
                } else if (!tall && start >= 0) {
                    runs.add(new int[] {start, x});
                    start = -1;
                }
            }
            for (int[] r : runs) {
                drops.add((r[0] + r[1]) / 2.0);
            }
            assertEquals(rows.size(), drops.size(), "one drop per churn time: " + drops);
            double firstTime = rows.get(0).time();
            double lastTime = rows.get(rows.size() - 1).time();
            perMonth = (drops.get(drops.size() - 1) - drops.get(0)) / (lastTime - firstTime);
            x0 = drops.get(0) - firstTime * perMonth;
            firstDrop = drops.get(0);
            // The survival axis from the first step (1) and the last full step.
            double top = curveAt((int) Math.round((x0 + firstDrop) / 2));
            SurvivalRow lastStep = rows.get(rows.size() - 2);
            double low = curveAt(middle(rows.size() - 1));
            perUnit = (low - top) / (1 - lastStep.survival());
            y0 = top + perUnit;
        }

        double x(double time) {
            return x0 + time * perMonth;
        }

        double y(double survival) {
            return y0 - survival * perUnit;
        }

        /** The column halfway between drop {@code i - 1} (time 0 for the first) and drop {@code i}. */
        int middle(int i) {
            double left = i == 0 ? x0 : drops.get(i - 1);
            double right = i == 0 ? firstDrop : drops.get(i);
            return (int) Math.round((left + right) / 2);
        }

        /** The curve's run in a column between two drops: its line, three pixels thick. */
        int[] curveRun(int x) {
            List<int[]> runs = pixels.runsInColumn(x, CURVE);
            assertEquals(1, runs.size(), "one curve line in column " + x);
            return runs.get(0);
        }

        /** The height of the curve's line in a column between two drops. */
        double curveAt(int x) {
            int[] run = curveRun(x);
            return (run[0] + run[1]) / 2.0;
        }

        /** The band's edge, from a row inside it going up ({@code -1}) or down ({@code 1}). */
        double bandEdge(int x, int from, int direction) {
            int y = from;
            while (pixels.is(x, y + direction, BAND)) {
                y += direction;
            }
            // The edge lies between the last band pixel and the next one.
            return direction < 0 ? y : y + 1;
        }
    }
}
