package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

/**
 * Where the MRR bridge draws its marks, read from the image: the stacks on the left axis, the MRR
 * line on the right axis. The pixel mapping comes from the image and the axis ranges the chart
 * sets: the bottom of a gain stack is the zero line, its height gives pixels per unit, and both
 * axes span the same pixels.
 */
class MrrBridgePixelsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final IntPredicate GAINS = Pixels.anyOf(Charts.NEW, Charts.EXPANSION, Charts.REACTIVATION);
    private static final IntPredicate LOSSES = Pixels.anyOf(Charts.CONTRACTION, Charts.CHURN);
    private static final IntPredicate MOVEMENTS = GAINS.or(LOSSES);
    private static final IntPredicate LINE = Pixels.anyOf(Charts.LINE);
    /** Allowed distance between a mark and where the axes put its value. */
    private static final double PX = 2;

    /** MRR 1000, 1000, 1500, 1000: a pays 1000 throughout, b pays 500 in March only. */
    private static final MrrLedger STEADY = MrrLedger.builder(USD)
            .add("a", "2024-01", "USD 1000.00").add("a", "2024-02", "USD 1000.00").add("a", "2024-03", "USD 1000.00")
            .add("a", "2024-04", "USD 1000.00").add("b", "2024-03", "USD 500.00")
            .build();

    /** Gains far above the MRR they join: new 2000 on 100, then new 1500 and expansion 500, then contraction. */
    private static final MrrLedger GROWING = MrrLedger.builder(USD)
            .add("a", "2024-01", "USD 100.00").add("a", "2024-02", "USD 100.00").add("a", "2024-03", "USD 600.00")
            .add("a", "2024-04", "USD 600.00")
            .add("b", "2024-02", "USD 2000.00").add("b", "2024-03", "USD 2000.00").add("b", "2024-04", "USD 1500.00")
            .add("c", "2024-03", "USD 1500.00").add("c", "2024-04", "USD 1500.00")
            .add("d", "2024-04", "USD 250.00")
            .build();

    /** Everyone leaves in March: MRR ends at zero. */
    private static final MrrLedger ENDING = MrrLedger.builder(USD)
            .add("a", "2024-01", "USD 1000.00").add("a", "2024-02", "USD 1200.00")
            .months(YearMonth.of(2023, 12), YearMonth.of(2024, 3))
            .build();

    @Test
    void theMrrLineSitsAtEachMonthsMrrOnTheRightAxis() {
        MrrBridgeTable bridges = MrrMovements.monthly(STEADY);
        assertEquals(List.of(1000.0, 1000.0, 1500.0, 1000.0), ends(bridges));
        Drawn drawn = Drawn.of(bridges);
        drawn.assertLineAtMrr();
        // Equal MRR, equal height: January, February and April.
        assertEquals(drawn.marker(0), drawn.marker(1), 1, "January and February");
        assertEquals(drawn.marker(0), drawn.marker(3), 1, "January and April");
        assertTrue(drawn.marker(2) < drawn.marker(0) - 20, "March's 1500 is drawn higher than 1000");
    }

    @Test
    void theMrrLineSitsAtItsMrrWhenTheGainsAreLarge() {
        MrrBridgeTable bridges = MrrMovements.monthly(GROWING);
        assertEquals(List.of(100.0, 2100.0, 4100.0, 3850.0), ends(bridges));
        Drawn.of(bridges).assertLineAtMrr();
    }

    @Test
    void eachStackEndsAtItsValueOnTheLeftAxis() {
        for (MrrLedger ledger : List.of(STEADY, GROWING, ENDING)) {
            Drawn drawn = Drawn.of(MrrMovements.monthly(ledger));
            for (int m = 0; m < drawn.bridges.size(); m++) {
                double gains = gains(drawn.bridges.get(m));
                double losses = losses(drawn.bridges.get(m));
                String month = drawn.bridges.get(m).period().toString();
                if (gains > 0) {
                    assertEquals(drawn.leftY(gains), drawn.edge(m, GAINS, true), PX, month + ": the gains' top");
                    assertEquals(drawn.zero, drawn.edge(m, GAINS, false), PX, month + ": the gains' base");
                }
                if (losses > 0) {
                    assertEquals(drawn.zero, drawn.edge(m, LOSSES, true), PX, month + ": the losses' top");
                    assertEquals(drawn.leftY(-losses), drawn.edge(m, LOSSES, false), PX, month + ": the losses' bottom");
                }
            }
        }
    }

    @Test
    void bothAxesPutZeroAtOneHeight() {
        MrrBridgeTable bridges = MrrMovements.monthly(ENDING);
        assertEquals(List.of(1000.0, 1200.0, 0.0), ends(bridges));
        Drawn drawn = Drawn.of(bridges);
        // The right axis's zero is where an MRR of zero is drawn: on the bars' base.
        assertEquals(drawn.zero, drawn.marker(2), PX, "March's MRR of zero on the left axis's zero line");
        assertEquals(drawn.zero, drawn.rightY(0), 1e-9, "the axis ranges put both zeros at one height");
        drawn.assertLineAtMrr();
    }

    private static List<Double> ends(MrrBridgeTable bridges) {
        List<Double> ends = new ArrayList<>();
        for (int m = 0; m < bridges.size(); m++) {
            ends.add(amount(bridges.get(m).end()));
        }
        return ends;
    }

    private static double gains(MrrBridge b) {
        return amount(b.newBusiness()) + amount(b.expansion()) + amount(b.reactivation());
    }

    private static double losses(MrrBridge b) {
        return amount(b.contraction()) + amount(b.churn());
    }

    private static double amount(Money m) {
        return m.amount().doubleValue();
    }

    /** A bridge drawn, with the pixel mapping read from its image. */
    private static final class Drawn {

        final MrrBridgeTable bridges;
        final CategoryChart chart;
        final Pixels pixels;
        /** The columns of each month's bar; null for a month without movements. */
        final int[][] bars;
        /** Category centre of month 0 and the distance between months, in pixels. */
        final double firstCentre;
        final double step;
        /** The left axis's zero line and its pixels per currency unit. */
        final double zero;
        final double perUnit;

        private Drawn(MrrBridgeTable bridges) {
            this.bridges = bridges;
            this.chart = Charts.mrrBridge(bridges);
            this.pixels = Pixels.of(chart);
            // The bars are the first column runs of movement colours, left to right; the legend's boxes
            // come after them, right of the plot. A bar column holds more than a few such pixels.
            List<int[]> runs = pixels.columnRuns(MOVEMENTS, 0, pixels.height(), 4);
            bars = new int[bridges.size()][];
            List<Integer> moving = new ArrayList<>();
            int next = 0;
            for (int m = 0; m < bridges.size(); m++) {
                if (gains(bridges.get(m)) + losses(bridges.get(m)) > 0) {
                    assertTrue(next < runs.size(), "a bar for " + bridges.get(m).period());
                    bars[m] = runs.get(next++);
                    moving.add(m);
                }
            }
            assertTrue(moving.size() >= 2, "two bars at least to place the months");
            int first = moving.get(0);
            int last = moving.get(moving.size() - 1);
            step = (centre(bars[last]) - centre(bars[first])) / (last - first);
            firstCentre = centre(bars[first]) - first * step;
            for (int m : moving) {
                assertEquals(centreOf(m), centre(bars[m]), PX, "months are evenly spaced: " + bridges.get(m).period());
            }
            // Zero and scale from the tallest stack, for the least rounding: the base of gains or the top
            // of losses is the zero line.
            int tallest = moving.get(0);
            for (int m : moving) {
                if (tallest(bridges.get(m)) > tallest(bridges.get(tallest))) {
                    tallest = m;
                }
            }
            MrrBridge b = bridges.get(tallest);
            if (gains(b) >= losses(b)) {
                zero = edge(tallest, GAINS, false);
                perUnit = (zero - edge(tallest, GAINS, true)) / gains(b);
            } else {
                zero = edge(tallest, LOSSES, true);
                perUnit = (edge(tallest, LOSSES, false) - zero) / losses(b);
            }
            assertTrue(perUnit > 0, "gains are drawn upwards, losses downwards");
        }

        private static double tallest(MrrBridge b) {
            return Math.max(gains(b), losses(b));
        }

        static Drawn of(MrrBridgeTable bridges) {
            return new Drawn(bridges);
        }

        double centreOf(int month) {
            return firstCentre + month * step;
        }

        private static double centre(int[] run) {
            return (run[0] + run[1]) / 2.0;
        }

        /** Where a value of the left axis is drawn. */
        double leftY(double value) {
            return zero - value * perUnit;
        }

        /** Where a value of the right axis is drawn: both axes span the same pixels, each its own range. */
        double rightY(double value) {
            double min0 = chart.getStyler().getYAxisMin(0);
            double max0 = chart.getStyler().getYAxisMax(0);
            double min1 = chart.getStyler().getYAxisMin(1);
            double max1 = chart.getStyler().getYAxisMax(1);
            return leftY(min0 + (value - min1) * (max0 - min0) / (max1 - min1));
        }

        /**
         * The top or bottom edge of a month's gain or loss stack: the median over columns across the
         * bar's middle, so that the MRR line crossing a column does not move it.
         */
        double edge(int month, IntPredicate stack, boolean top) {
            int[] bar = bars[month];
            List<Double> edges = new ArrayList<>();
            int width = bar[1] - bar[0];
            for (int i = 1; i < 10; i++) {
                int x = bar[0] + width * i / 10;
                int y = top ? pixels.top(x, stack) : pixels.bottom(x, stack);
                if (y >= 0) {
                    edges.add((double) y);
                }
            }
            assertFalse(edges.isEmpty(), "the stack of " + bridges.get(month).period());
            return Pixels.median(edges);
        }

        /** The height of the MRR line's marker in a month's column. */
        double marker(int month) {
            int x = (int) Math.round(centreOf(month));
            double y = pixels.discCentre(x, 2, LINE, 0, pixels.height());
            assertFalse(Double.isNaN(y), "the MRR marker of " + bridges.get(month).period() + " in column " + x);
            return y;
        }

        void assertLineAtMrr() {
            for (int m = 0; m < bridges.size(); m++) {
                double mrr = amount(bridges.get(m).end());
                assertEquals(rightY(mrr), marker(m), PX, bridges.get(m).period() + ": MRR " + mrr
                        + " on the right axis (zero line at " + zero + ", " + perUnit + " px per unit)");
            }
        }
    }
}
