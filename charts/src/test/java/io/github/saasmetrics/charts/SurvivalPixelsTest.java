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
import org.junit.jupiter.api.Test;

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
