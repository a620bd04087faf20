package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsTrend;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Where the NPS trend draws its points and error bars, read from the image. The NPS axis is
 * whatever XChart makes of the data, so the mapping comes from the image: the points of the
 * highest and the lowest score give it, and the other points and every error bar are checked
 * against it.
 */
class NpsTrendPixelsTest {

    private static final double PX = 2;
    /**
     * The series' green, also where a thin line covers most of a pixel: the error bars are 1.5
     * pixels wide and may cover no column whole.
     */
    private static final IntPredicate GREEN = rgb -> {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r <= 160 && g - r >= 35 && g - b >= 30;
    };

    /** Four months of 40 answers each: NPS 30, 0, 60 and −20. */
    private static final NpsTrend TREND = new NpsTrend(List.of(
            point(1, 20, 12, 8), point(2, 14, 12, 14), point(3, 28, 8, 4), point(4, 8, 16, 16)));

    private static NpsTrend.Point point(int month, long promoters, long passives, long detractors) {
        return new NpsTrend.Point(ReportingPeriod.month(YearMonth.of(2024, month)),
                NpsScore.of(promoters, passives, detractors));
    }

    @Test
    void eachPointSitsAtItsScoreAndItsErrorBarSpansItsInterval() {
        List<Double> scores = TREND.points().stream().map(p -> p.score().score()).toList();
        assertEquals(List.of(30.0, 0.0, 60.0, -20.0), scores);
        Pixels pixels = Pixels.of(Charts.npsTrend(TREND));
        // An error bar is a column run of the series' green far taller than the line is thick.
        List<Integer> columns = new ArrayList<>();
        List<int[]> bars = new ArrayList<>();
        int x = 0;
        while (x < pixels.width()) {
            int[] tallest = tallest(pixels, x);
            if (tallest[1] - tallest[0] < 30) {
                x++;
                continue;
            }
            // The bar is one or two columns wide: take the column where it runs longest.
            int best = x;
            while (x < pixels.width() && tallestLength(pixels, x) >= 30) {
                if (tallestLength(pixels, x) > tallestLength(pixels, best)) {
                    best = x;
                }
                x++;
            }
            columns.add(best);
            bars.add(tallest(pixels, best));
        }
        assertEquals(scores.size(), columns.size(), "one error bar per period, at columns " + columns);
        List<Double> markers = new ArrayList<>();
        List<double[]> whiskers = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int c = columns.get(i);
            int[] bar = bars.get(i);
            double[] ends = {whisker(pixels, c, bar[0], 1), whisker(pixels, c, bar[1] - 1, -1)};
            whiskers.add(ends);
            double marker = pixels.discCentre(c, 3, GREEN, (int) ends[0] + 4, (int) ends[1] - 3);
            assertFalse(Double.isNaN(marker), "the marker of " + TREND.points().get(i).period());
            markers.add(marker);
        }
        // The mapping from the highest (March, 60) and the lowest (April, −20) score.
        double perPoint = (markers.get(3) - markers.get(2)) / (scores.get(2) - scores.get(3));
        assertTrue(perPoint > 0, "higher scores are drawn higher");
        double zero = markers.get(2) + scores.get(2) * perPoint;
        for (int i = 0; i < scores.size(); i++) {
            String period = TREND.points().get(i).period().toString();
            double margin = TREND.points().get(i).score().marginOfError(0.95);
            assertEquals(zero - scores.get(i) * perPoint, markers.get(i), PX, period + ": NPS " + scores.get(i));
            assertEquals(zero - (scores.get(i) + margin) * perPoint, whiskers.get(i)[0], PX,
                    period + ": the error bar's top at NPS + " + margin);
            assertEquals(zero - (scores.get(i) - margin) * perPoint, whiskers.get(i)[1], PX,
                    period + ": the error bar's bottom at NPS − " + margin);
        }
    }

    /** The longest run of the series' green in a column. */
    private static int[] tallest(Pixels pixels, int x) {
        int[] best = {0, 0};
        for (int[] run : pixels.runsInColumn(x, GREEN)) {
            if (run[1] - run[0] > best[1] - best[0]) {
                best = run;
            }
        }
        return best;
    }

    private static int tallestLength(Pixels pixels, int x) {
        int[] run = tallest(pixels, x);
        return run[1] - run[0];
    }

    /**
     * The height of an error bar's whisker: the middle of the rows, from an end of the bar inwards,
     * where the green reaches three pixels to both sides of the bar.
     */
    private static double whisker(Pixels pixels, int x, int end, int inwards) {
        int first = -1;
        int last = -1;
        for (int y = end; Math.abs(y - end) < 6; y += inwards) {
            if (pixels.is(x - 3, y, GREEN) && pixels.is(x + 3, y, GREEN)) {
                if (first < 0) {
                    first = y;
                }
                last = y;
            }
        }
        assertTrue(first >= 0, "a whisker at row " + end + " of column " + x);
        return (Math.min(first, last) + Math.max(first, last) + 1) / 2.0;
    }
}
