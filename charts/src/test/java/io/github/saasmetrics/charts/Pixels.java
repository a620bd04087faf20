package io.github.saasmetrics.charts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart drawn as the PNG images hold it, read pixel by pixel: the tests find marks by their
 * colours and measure where they are. Edges are anti-aliased, so a mark's pixels are those close to
 * its colour, and a measured edge is within a pixel of the drawn one.
 */
final class Pixels {

    /** Largest difference per channel for a pixel to count as a colour: room for rounding, not for a blend. */
    static final int TOLERANCE = 6;

    private final BufferedImage image;

    private Pixels(BufferedImage image) {
        this.image = image;
    }

    /** The chart drawn at {@link ChartImages#DEFAULT_SCALE}, as {@link ChartImages#png} draws it. */
    static Pixels of(Chart<?, ?> chart) {
        return new Pixels(ChartImages.image(chart, ChartImages.DEFAULT_SCALE));
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** The colour at a pixel, opaque. */
    Color at(int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    /** The pixel's RGB value, without alpha. */
    int rgb(int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** Whether two RGB values differ by at most {@code tolerance} in every channel. */
    static boolean near(int rgb, Color colour, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xFF) - colour.getRed()) <= tolerance
                && Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen()) <= tolerance
                && Math.abs((rgb & 0xFF) - colour.getBlue()) <= tolerance;
    }

    /** A test of RGB values: any of the colours, within {@link #TOLERANCE}. */
    static IntPredicate anyOf(Color... colours) {
        return rgb -> Arrays.stream(colours).anyMatch(c -> near(rgb, c, TOLERANCE));
    }

    /** A colour drawn with its alpha over an opaque background, as Java2D blends it. */
    static Color over(Color colour, Color background) {
        double a = colour.getAlpha() / 255.0;
        return new Color((int) Math.round(colour.getRed() * a + background.getRed() * (1 - a)),
                (int) Math.round(colour.getGreen() * a + background.getGreen() * (1 - a)),
                (int) Math.round(colour.getBlue() * a + background.getBlue() * (1 - a)));
    }

    /** Whether a pixel passes a test; pixels outside the image do not. */
    boolean is(int x, int y, IntPredicate test) {
        return x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight() && test.test(rgb(x, y));
    }

    /**
     * The runs of pixels that pass a test in one column, top to bottom, each as {@code {first, end}}
     * with {@code end} exclusive.
     */
    List<int[]> runsInColumn(int x, IntPredicate test) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= image.getHeight(); y++) {
            boolean in = y < image.getHeight() && test.test(rgb(x, y));
            if (in && start < 0) {
                start = y;
            } else if (!in && start >= 0) {
                runs.add(new int[] {start, y});
                start = -1;
            }
        }
        return runs;
    }

    /**
     * The runs of columns, left to right, that hold at least {@code minimum} pixels passing a test
     * between rows {@code top} (inclusive) and {@code bottom} (exclusive), each as {@code {first, end}}.
     */
    List<int[]> columnRuns(IntPredicate test, int top, int bottom, int minimum) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= image.getWidth(); x++) {
            boolean in = x < image.getWidth() && count(x, top, bottom, test) >= minimum;
            if (in && start < 0) {
                start = x;
            } else if (!in && start >= 0) {
                runs.add(new int[] {start, x});
                start = -1;
            }
        }
        return runs;
    }

    /**
     * The runs of rows, top to bottom, that hold at least {@code minimum} pixels passing a test
     * between columns {@code left} (inclusive) and {@code right} (exclusive), each as {@code {first, end}}.
     */
    List<int[]> rowRuns(IntPredicate test, int left, int right, int minimum) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= image.getHeight(); y++) {
            boolean in = false;
            if (y < image.getHeight()) {
                int n = 0;
                for (int x = Math.max(0, left); x < Math.min(right, image.getWidth()); x++) {
                    if (test.test(rgb(x, y))) {
                        n++;
                    }
                }
                in = n >= minimum;
            }
            if (in && start < 0) {
                start = y;
            } else if (!in && start >= 0) {
                runs.add(new int[] {start, y});
                start = -1;
            }
        }
        return runs;
    }

    /** A test of RGB values: coloured, not white, black or grey (its channels differ by at least {@code spread}). */
    static IntPredicate chromatic(int spread) {
        return rgb -> {
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) >= spread;
        };
    }

    /** The pixels of one column between two rows that pass a test. */
    int count(int x, int top, int bottom, IntPredicate test) {
        int n = 0;
        for (int y = Math.max(0, top); y < Math.min(bottom, image.getHeight()); y++) {
            if (test.test(rgb(x, y))) {
                n++;
            }
        }
        return n;
    }

    /** The first row, from the top, with a pixel of the column that passes a test; -1 if none. */
    int top(int x, IntPredicate test) {
        for (int y = 0; y < image.getHeight(); y++) {
            if (test.test(rgb(x, y))) {
                return y;
            }
        }
        return -1;
    }

    /** One past the last row with a pixel of the column that passes a test; -1 if none. */
    int bottom(int x, IntPredicate test) {
        for (int y = image.getHeight() - 1; y >= 0; y--) {
            if (test.test(rgb(x, y))) {
                return y + 1;
            }
        }
        return -1;
    }

    /**
     * The centre of a filled disc (a marker) whose centre lies in column {@code x}: the middle of the
     * rows where every pixel from {@code x - half} to {@code x + half} passes the test. A line through
     * the marker covers one side of the column only, or both sides at the marker's own height, so
     * the rows found are the disc's and the lines' where they meet it.
     *
     * @return the centre row, or NaN if no row is covered
     */
    double discCentre(int x, int half, IntPredicate test, int from, int to) {
        int first = -1;
        int last = -1;
        for (int y = Math.max(0, from); y < Math.min(to, image.getHeight()); y++) {
            boolean covered = true;
            for (int dx = -half; dx <= half && covered; dx++) {
                covered = is(x + dx, y, test);
            }
            if (covered) {
                if (first < 0) {
                    first = y;
                }
                last = y;
            }
        }
        return first < 0 ? Double.NaN : (first + last + 1) / 2.0;
    }

    /** The median of some values. */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
