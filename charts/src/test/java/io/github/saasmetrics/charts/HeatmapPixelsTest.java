package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.cohort.CohortMetric;
import io.github.saasmetrics.cohort.CohortRow;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.stats.Ratio;
import java.awt.Color;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
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
    /** A blank cell: the plot's white, or a light grey grid line across it. */
    private static final IntPredicate BLANK = rgb -> !Pixels.chromatic(8).test(rgb) && ((rgb >> 16) & 0xFF) >= 190
            && ((rgb >> 8) & 0xFF) >= 190 && (rgb & 0xFF) >= 190;
    /** Text: black, and the darkest of its anti-aliased edges. */
    private static final IntPredicate DARK = rgb -> ((rgb >> 16) & 0xFF) < 90 && ((rgb >> 8) & 0xFF) < 90
            && (rgb & 0xFF) < 90;

    /**
     * Three monthly cohorts: January (a, b, c) keeps two customers and grows to 280 % of its first
     * month's MRR; February (d, e) loses one and half its MRR; March (f) stays.
     */
    private static final MrrLedger LEDGER = MrrLedger.builder(Currency.getInstance("USD"))
            .add("a", "2024-01", "USD 100.00").add("a", "2024-02", "USD 400.00").add("a", "2024-03", "USD 700.00")
            .add("b", "2024-01", "USD 100.00").add("b", "2024-02", "USD 100.00").add("b", "2024-03", "USD 140.00")
            .add("c", "2024-01", "USD 100.00")
            .add("d", "2024-02", "USD 100.00").add("d", "2024-03", "USD 100.00")
            .add("e", "2024-02", "USD 100.00")
            .add("f", "2024-03", "USD 50.00")
            .build();

    @Test
    void eachCellHasItsValuesColourOnTheScaleAndCellsWithoutValueStayBlank() {
        double n = Double.NaN;
        double[][] values = {{100, 92, 81, 64, 40}, {100, 85, 70, 55, n}, {100, 77, 33, n, n}, {100, 12, n, n, n}};
        HeatMapChart chart = Charts.cohortHeatmap("Logo retention (%)", List.of("2024-01", "2024-02", "2024-03",
                "2024-04"), List.of("0", "1", "2", "3", "4"), values);
        assertCellColours(chart, values);
    }

    @Test
    void eachCohortCellHasItsPercentagesColourOnTheScaleOfItsKind() {
        CohortTable table = CohortTable.of(LEDGER);
        for (CohortMetric metric : List.of(CohortMetric.LOGO_RETENTION, CohortMetric.GROSS_REVENUE_RETENTION,
                CohortMetric.NET_REVENUE_RETENTION)) {
            assertCellColours(Charts.cohortHeatmap(metric.toString(), table, metric), percentages(table, metric));
        }
        assertEquals(280, percentages(table, CohortMetric.NET_REVENUE_RETENTION)[0][2], 1e-9, "January's NRR at age 2");
    }

    /** A cell at exactly 100 % net revenue retention has the scale's centre colour, neither red nor green. */
    @Test
    void aCellThatKeptItsRevenueExactlyHasTheCentreColour() {
        CohortTable table = CohortTable.of(LEDGER);
        double[][] nrr = percentages(table, CohortMetric.NET_REVENUE_RETENTION);
        assertEquals(List.of(100.0, 100.0, 100.0), List.of(nrr[0][0], nrr[1][0], nrr[2][0]), "every cohort at age 0");
        assertEquals(50, nrr[1][1], 1e-9, "February at age 1: half its MRR");
        HeatMapChart chart = Charts.cohortHeatmap("NRR", table, CohortMetric.NET_REVENUE_RETENTION);
        assertEquals(HeatmapScale.NRR_KEPT, colourOf(100, chart.getStyler().getMin(), chart.getStyler().getMax(),
                chart.getStyler().getRangeColors()));
        assertCellColours(chart, nrr);
    }

    @Test
    void theColourScaleShowsTheColourOfEachValueAndLabelsEachTick() {
        CohortTable table = CohortTable.of(LEDGER);
        double n = Double.NaN;
        List<HeatMapChart> charts = List.of(Charts.cohortHeatmap("Logo", table, CohortMetric.LOGO_RETENTION),
                Charts.cohortHeatmap("NRR", table, CohortMetric.NET_REVENUE_RETENTION),
                Charts.cohortHeatmap("NRR", List.of("a"), List.of("0", "1"), new double[][] {{100, n}}),
                Charts.cohortHeatmap("numbers", List.of("a", "b"), List.of("0", "1"), new double[][] {{100, 64}, {100, n}}));
        for (HeatMapChart chart : charts) {
            HeatmapScale scale = ((LibraryCharts.HeatMap) chart).scale();
            String name = chart.getTitle() + " " + scale.min() + " to " + scale.max();
            assertTrue(scale.ticks().size() > 2, name + ": more labels than the two ends");
            Pixels pixels = Pixels.of(chart);
            // The scale's bar is the last run of coloured columns, right of the cells.
            List<int[]> columns = pixels.columnRuns(COLOURED, 0, pixels.height(), 10);
            assertEquals(2, columns.size(), name + ": the cells and the scale's bar");
            int[] bar = columns.get(1);
            int x = (bar[0] + bar[1]) / 2;
            List<int[]> runs = pixels.runsInColumn(x, COLOURED);
            double top = runs.get(0)[0];
            double bottom = runs.get(runs.size() - 1)[1];
            for (int i = 1; i < 20; i++) {
                double value = scale.min() + i / 20.0 * (scale.max() - scale.min());
                int y = (int) Math.floor(bottom - i / 20.0 * (bottom - top));
                if (Math.abs(value - scale.midpoint()) < (scale.max() - scale.min()) / 30) {
                    continue;
                }
                Color expected = colourOf(value, scale.min(), scale.max(), scale.colours().toArray(new Color[0]));
                assertTrue(Pixels.near(pixels.rgb(x, y), expected, 5), name + ": the bar at " + value + " expected "
                        + Integer.toHexString(expected.getRGB() & 0xFFFFFF) + " but was " + Integer.toHexString(pixels.rgb(x, y)));
            }
            for (double tick : scale.ticks()) {
                int y = (int) Math.round(bottom - (tick - scale.min()) / (scale.max() - scale.min()) * (bottom - top));
                int text = 0;
                for (int dy = -7; dy <= 7; dy++) {
                    for (int tx = bar[1] + 1; tx < pixels.width(); tx++) {
                        text += pixels.is(tx, y + dy, DARK) ? 1 : 0;
                    }
                }
                assertTrue(text > 20, name + ": a tick and its label " + scale.label(tick) + " at row " + y);
                assertTrue(scale.unit().isEmpty() || scale.label(tick).endsWith("%"), scale.label(tick));
            }
            if (!Double.isNaN(scale.midpoint())) {
                int y = (int) Math.round(bottom - (scale.midpoint() - scale.min()) / (scale.max() - scale.min())
                        * (bottom - top));
                boolean marked = false;
                for (int dy = -1; dy <= 1; dy++) {
                    marked |= pixels.is(x, y + dy, DARK);
                }
                assertTrue(marked, name + ": the centre marked across the bar at row " + y);
            }
        }
    }

    /** XChart 4 leaves out category labels closer than its tick spacing hint; every cohort keeps its own. */
    @Test
    void everyCohortRowHasItsLabel() {
        double n = Double.NaN;
        double[][] values = new double[12][3];
        for (double[] row : values) {
            Arrays.fill(row, 90);
        }
        values[11][2] = n;
        List<String> cohorts = List.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07",
                "2023-08", "2023-09", "2023-10", "2023-11", "2023-12");
        Pixels pixels = Pixels.of(Charts.cohortHeatmap("Logo retention (%)", cohorts, List.of("0", "1", "2"), values));
        List<int[]> columns = pixels.columnRuns(COLOURED, 0, pixels.height(), 10);
        int left = columns.get(0)[0];
        List<int[]> lines = pixels.rowRuns(COLOURED, left, columns.get(0)[1], 10);
        int top = lines.get(0)[0];
        double height = (lines.get(0)[1] - top) / 12.0;
        for (int c = 0; c < 12; c++) {
            int text = 0;
            for (int y = (int) (top + c * height); y < (int) (top + (c + 1) * height); y++) {
                for (int x = (int) (left * 0.4); x < left; x++) {
                    text += pixels.is(x, y, DARK) ? 1 : 0;
                }
            }
            assertTrue(text > 20, "a label beside " + cohorts.get(c) + " (" + text + " dark pixels)");
        }
    }

    /** The percentages of a cohort table as the heat map shows them, NaN where undefined or not reached. */
    static double[][] percentages(CohortTable table, CohortMetric metric) {
        int ages = table.cohorts().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        double[][] values = new double[table.cohorts().size()][ages];
        for (int c = 0; c < values.length; c++) {
            CohortRow row = table.cohorts().get(c);
            Arrays.fill(values[c], Double.NaN);
            for (int k = 0; k < row.cells().size(); k++) {
                Optional<Ratio> r = metric == CohortMetric.LOGO_RETENTION ? row.logoRetention(k)
                        : metric == CohortMetric.NET_REVENUE_RETENTION ? row.netRevenueRetention(k)
                        : row.grossRevenueRetention(k);
                values[c][k] = r.filter(Ratio::defined).map(Ratio::percent).orElse(Double.NaN);
            }
        }
        return values;
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
                    assertTrue(BLANK.test(rgb), cell + " has no value and is blank but was " + Integer.toHexString(rgb));
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
