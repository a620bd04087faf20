package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.nps.NpsScore;
import io.github.saasmetrics.nps.NpsTrend;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn with XChart: each method turns a result into a chart, and
 * {@link #svg(Chart)} renders any chart to SVG text without a display.
 *
 * <p>{@link #cohortHeatmap} and {@link #survivalCurve} take plain numbers, so that sections for
 * cohort tables and survival curves only need to pass their results' cells and points.
 *
 * <p>This class is a stateless function holder; it is thread-safe. Charts themselves are mutable.
 */
public final class Charts {

    /** Width of every chart in pixels. */
    public static final int WIDTH = 1100;

    private static final Color NEW = new Color(0x2E7D32);
    private static final Color EXPANSION = new Color(0x81C784);
    private static final Color REACTIVATION = new Color(0x4FC3F7);
    private static final Color CONTRACTION = new Color(0xFFB74D);
    private static final Color CHURN = new Color(0xD32F2F);
    private static final Color LINE = new Color(0x263238);
    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Charts() {
    }

    /**
     * The MRR bridge as stacked bars per month, gains up (new, expansion, reactivation) and losses
     * down (contraction, churn), with the MRR at each month's end as a line on the right axis.
     *
     * @param bridges the monthly bridges, not null, not empty
     * @return the chart, not null
     */
    public static CategoryChart mrrBridge(MrrBridgeTable bridges) {
        Objects.requireNonNull(bridges, "bridges");
        if (bridges.isEmpty()) {
            throw new IllegalArgumentException("an MRR bridge chart needs at least one month");
        }
        String currency = bridges.get(0).end().currency().getCurrencyCode();
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(520)
                .title("MRR bridge by month").xAxisTitle("month").yAxisTitle("movement (" + currency + ")").build();
        style(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setAvailableSpaceFill(0.7);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        List<String> months = new ArrayList<>();
        double[][] series = new double[5][bridges.size()];
        List<Double> mrr = new ArrayList<>();
        for (int i = 0; i < bridges.size(); i++) {
            MrrBridge b = bridges.get(i);
            months.add(b.period().toString());
            series[0][i] = amount(b.newBusiness());
            series[1][i] = amount(b.expansion());
            series[2][i] = amount(b.reactivation());
            series[3][i] = -amount(b.contraction());
            series[4][i] = -amount(b.churn());
            mrr.add(amount(b.end()));
        }
        String[] names = {"new", "expansion", "reactivation", "contraction", "churn"};
        Color[] colors = {NEW, EXPANSION, REACTIVATION, CONTRACTION, CHURN};
        for (int s = 0; s < names.length; s++) {
            CategorySeries bars = chart.addSeries(names[s], months, toList(series[s]));
            bars.setFillColor(colors[s]);
        }
        CategorySeries line = chart.addSeries("MRR at month end (right axis)", months, mrr);
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setYAxisGroup(1);
        line.setLineColor(LINE);
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setMarkerColor(LINE);
        // XChart sizes every axis group from all series unless told: keep the bars' axis to the stacks.
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < bridges.size(); i++) {
            top = Math.max(top, series[0][i] + series[1][i] + series[2][i]);
            bottom = Math.min(bottom, series[3][i] + series[4][i]);
        }
        if (top > bottom) {
            chart.getStyler().setYAxisMin(0, bottom * 1.1);
            chart.getStyler().setYAxisMax(0, top * 1.1);
        }
        chart.setYAxisGroupTitle(1, "MRR (" + currency + ")");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.getStyler().setYAxisMin(1, 0.0);
        return chart;
    }

    /**
     * NPS per period as a line, each point with its 95 % Wald interval as an error bar; periods
     * without responses are left out.
     *
     * @param trend the trend, not null, with at least one period that has responses
     * @return the chart, not null
     */
    public static CategoryChart npsTrend(NpsTrend trend) {
        Objects.requireNonNull(trend, "trend");
        List<String> periods = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (NpsTrend.Point p : trend.points()) {
            NpsScore s = p.score();
            if (!s.defined()) {
                continue;
            }
            periods.add(p.period().toString());
            scores.add(s.score());
            // Error bars are symmetric: the margin of error is the Wald interval's half-width before clipping.
            errors.add(s.marginOfError(0.95));
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("an NPS trend chart needs at least one period with responses");
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(420)
                .title("NPS by period, with 95% confidence interval").xAxisTitle("period").yAxisTitle("NPS").build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        chart.getStyler().setLegendVisible(false);
        CategorySeries nps = chart.addSeries("NPS", periods, scores, errors);
        nps.setLineColor(NEW);
        nps.setMarkerColor(NEW);
        nps.setMarker(SeriesMarkers.CIRCLE);
        return chart;
    }

    /**
     * A cohort table as a heat map: one row per cohort, the first on top as in a printed triangle,
     * one column per age, each cell coloured by its value and labelled with it rounded (for
     * example the percentage of the cohort's customers or MRR retained). Cells that are
     * {@code NaN} (ages a cohort has not reached) are left blank. The labels carry the values, so
     * the chart has no colour legend.
     *
     * @param title the chart title, not null
     * @param cohorts the row labels, top to bottom, such as {@code 2023-01}, not null
     * @param ages the column labels, such as {@code 0}, {@code 1}, …, not null
     * @param values {@code values[cohort][age]}, one row per cohort and one column per age, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the dimensions do not match the labels
     */
    public static HeatMapChart cohortHeatmap(String title, List<String> cohorts, List<String> ages, double[][] values) {
        Objects.requireNonNull(title, "title");
        if (values.length != cohorts.size()) {
            throw new IllegalArgumentException("values has " + values.length + " rows but there are " + cohorts.size()
                    + " cohorts");
        }
        // XChart draws the first y category at the bottom: hand it the cohorts last to first.
        int rows = cohorts.size();
        List<String> bottomUp = new ArrayList<>(cohorts);
        java.util.Collections.reverse(bottomUp);
        List<Number[]> cells = new ArrayList<>();
        for (int c = 0; c < rows; c++) {
            if (values[c].length != ages.size()) {
                throw new IllegalArgumentException("row " + c + " of values has " + values[c].length
                        + " cells but there are " + ages.size() + " ages");
            }
            for (int a = 0; a < values[c].length; a++) {
                if (!Double.isNaN(values[c][a])) {
                    cells.add(new Number[] {a, rows - 1 - c, values[c][a]});
                }
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(Math.max(320, 90 + 22 * rows))
                .title(title).xAxisTitle("age (months)").yAxisTitle("cohort").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setBaseFont(BASE);
        chart.getStyler().setChartTitleFont(BASE.deriveFont(Font.BOLD, 15f));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(BASE.deriveFont(10f));
        chart.getStyler().setHeatMapValueDecimalPattern("#0");
        chart.getStyler().setRangeColors(new Color[] {new Color(0xFFE0B2), new Color(0xC8E6C9), new Color(0x66BB6A)});
        chart.addSeries(title, ages, bottomUp, cells);
        return chart;
    }

    /**
     * A survival curve as a step line with its confidence band as two dashed step lines.
     *
     * @param title the chart title, not null
     * @param times the times at which the curve steps, ascending, not null
     * @param survival the survival probability from each time on, in [0, 1], not null
     * @param lower the lower confidence bound at each time, or null for none
     * @param upper the upper confidence bound at each time, or null for none
     * @return the chart, not null
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static XYChart survivalCurve(String title, double[] times, double[] survival, double[] lower,
            double[] upper) {
        Objects.requireNonNull(title, "title");
        if (survival.length != times.length || (lower != null && lower.length != times.length)
                || (upper != null && upper.length != times.length)) {
            throw new IllegalArgumentException("times, survival and bounds must have the same length");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(420).title(title)
                .xAxisTitle("months since first payment").yAxisTitle("share still a customer").build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setMarkerSize(0);
        XYSeries curve = chart.addSeries("survival", times, survival);
        curve.setLineColor(NEW);
        if (lower != null) {
            chart.addSeries("lower bound", times, lower).setLineColor(EXPANSION)
                    .setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT,
                            java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        }
        if (upper != null) {
            chart.addSeries("upper bound", times, upper).setLineColor(EXPANSION)
                    .setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT,
                            java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        }
        return chart;
    }

    /**
     * Renders a chart as an SVG document.
     *
     * @param chart the chart, not null
     * @return the SVG text, not null
     */
    public static String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + chart.getTitle(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xE0E0E0));
        styler.setBaseFont(BASE);
        styler.setChartTitleFont(BASE.deriveFont(Font.BOLD, 15f));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLocale(java.util.Locale.ROOT);
    }

    private static double amount(Money m) {
        return m.amount().doubleValue();
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
