package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

/**
 * What colour the heat maps give each cell, read from the image: each cell has the colour of its
 * value on the chart's scale, and a cell without a value stays blank. The cells' places come from
 * the image: the filled cells span the grid (the first cohort reaches every age, every cohort age
 * 0), which the cohorts and ages divide evenly.
 */
class HeatmapPixelsTest {

    /** Allowed difference per channel from the scale's colour: XChart rounds down, Java2D may round. */
    private static final int TOLERANCE = 3;
    private static final IntPredicate COLOURED = Pixels.chromatic(20);

    @Test
    void eachCellHasItsValuesColourOnTheScaleAndCellsWithoutValueStayBlank() {
        double n = Double.NaN;
        double[][] values = {{100, 92, 81, 64, 40}, {100, 85, 70, 55, n}, {100, 77, 33, n, n}, {100, 12, n, n, n}};
        HeatMapChart chart = Charts.cohortHeatmap("Logo retention (%)", List.of("2024-01", "2024-02", "2024-03",
                "2024-04"), List.of("0", "1", "2", "3", "4"), values);
        assertCellColours(chart, values);
    }

    /** Checks every cell of a drawn heat map against its value; {@code NaN} cells must be blank. */
    static void assertCellColours(HeatMapChart chart, double[][] values) {
        Pixels pixels = Pixels.of(chart);
        int rows = values.length;
        int ages = values[0].length;
        // The grid: the first run of coloured columns (the colour scale comes after it, right of the
        // plot), then the coloured rows within it.
        List<int[]> columns = pixels.columnRuns(COLOURED, 0, pixels.height(), 10);
        assertTrue(!columns.isEmpty(), "coloured cells");
        int left = columns.get(0)[0];
        int right = columns.get(0)[1];
        List<int[]> lines = pixels.rowRuns(COLOURED, left, right, 10);
        int top = lines.get(0)[0];
        int bottom = lines.get(0)[1];
        double width = (right - left) / (double) ages;
        double height = (bottom - top) / (double) rows;
        assertTrue(width > 20 && height > 10, "cells of " + width + " by " + height + " pixels");
        double[] scale = {chart.getStyler().getMin(), chart.getStyler().getMax()};
        Color[] colours = chart.getStyler().getRangeColors();
        for (int c = 0; c < rows; c++) {
            for (int a = 0; a < ages; a++) {
                // Left of the cell's centred label, halfway down.
                int x = (int) (left + (a + 0.15) * width);
                int y = (int) (top + (c + 0.5) * height);
                int rgb = pixels.rgb(x, y);
                String cell = "cohort " + c + " at age " + a;
                if (Double.isNaN(values[c][a])) {
                    assertTrue(!Pixels.chromatic(8).test(rgb), cell + " has no value and is blank but was "
                            + Integer.toHexString(rgb));
                } else {
                    Color expected = colourOf(values[c][a], scale[0], scale[1], colours);
                    assertTrue(Pixels.near(rgb, expected, TOLERANCE), cell + ", " + values[c][a] + " on the scale "
                            + scale[0] + " to " + scale[1] + ": expected " + Integer.toHexString(expected.getRGB() & 0xFFFFFF)
                            + " but was " + Integer.toHexString(rgb));
                }
            }
        }
    }

    /**
     * The colour of a value on a scale whose colours are spread evenly from its minimum to its
     * maximum, blended linearly between neighbours; values beyond the ends take the end colours.
     */
    static Color colourOf(double value, double min, double max, Color[] colours) {
        if (value <= min) {
            return colours[0];
        }
        if (value >= max) {
            return colours[colours.length - 1];
        }
        double position = (value - min) / (max - min) * (colours.length - 1);
        int i = (int) position;
        double f = position - i;
        Color a = colours[i];
        Color b = colours[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    @Test
    void theColourOfAValueIsBlendedBetweenTheNearestColoursOfTheScale() {
        Color[] colours = {new Color(0, 0, 0), new Color(200, 100, 0), new Color(200, 200, 200)};
        assertEquals(new Color(100, 50, 0), colourOf(25, 0, 100, colours));
        assertEquals(new Color(200, 100, 0), colourOf(50, 0, 100, colours));
        assertEquals(new Color(200, 200, 200), colourOf(130, 0, 100, colours));
        assertEquals(new Color(0, 0, 0), colourOf(-5, 0, 100, colours));
    }
}
