package io.github.saasmetrics.charts;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.surveys.NpsScore;
import io.github.saasmetrics.surveys.NpsTrend;
import io.github.saasmetrics.cohort.CohortMetric;
import io.github.saasmetrics.cohort.CohortRow;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.SurvivalRow;
import io.github.saasmetrics.table.Figures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of the library's results, drawn with XChart: each method turns a result into a chart in
 * one call, and {@link ChartImages} renders any of them to PNG without a display.
 *
 * <ul>
 *   <li>{@link #mrrBridge}: the monthly MRR bridge, movements as stacked bars and MRR as a line,
 *       both axes with zero at the same height;</li>
 *   <li>{@link #cohortHeatmap(String, CohortTable, CohortMetric)}: a cohort table as a heat map with
 *       its colour scale, fixed per kind of percentage and labelled in percent;</li>
 *   <li>{@link #survivalCurve(String, SurvivalCurve)}: a Kaplan–Meier curve with its confidence
 *       interval as one shaded band and the number at risk under it;</li>
 *   <li>{@link #npsTrend}: NPS per period with its 95 % interval.</li>
 * </ul>
 *
 * <p>{@link #cohortHeatmap(String, List, List, double[][])} and
 * {@link #survivalCurve(String, double[], double[], double[], double[])} take plain numbers, for
 * tables and curves from elsewhere.
 *
 * <p>Every chart these methods return is also a {@link SaasmetricsChart}, which tells it apart from
 * charts built with XChart directly (a notebook shows the library's charts as images by that).
 *
 * <p>This class is a stateless function holder; it is thread-safe. Charts themselves are mutable.
 */
public final class Charts {

    /** Width of every chart in pixels (at scale 1). */
    public static final int WIDTH = 1100;
    /** Height of a survival chart without its number-at-risk row. */
    private static final int SURVIVAL_HEIGHT = 420;

    // The colours are package-private: the tests find the marks in the images by them.
    static final Color NEW = new Color(0x2E7D32);
    static final Color EXPANSION = new Color(0x81C784);
    static final Color REACTIVATION = new Color(0x4FC3F7);
    static final Color CONTRACTION = new Color(0xFFB74D);
    static final Color CHURN = new Color(0xD32F2F);
    static final Color LINE = new Color(0x263238);
    static final Color BAND = new Color(0x81, 0xC7, 0x84, 0x66);
    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Charts() {
    }

    /**
     * The MRR bridge as stacked bars per month, gains up (new, expansion, reactivation) and losses
     * down (contraction, churn), with the MRR at each month's end as a line on the right axis.
     *
     * <p>Scales: the left axis is the movements', from 1.1 times the largest month's losses below
     * zero to 1.1 times its largest gains; the right axis is the MRR's, up to 1.1 times the highest
     * MRR, and each point of the line is drawn at its own MRR on it, not on top of the month's bars.
     * Both axes put zero at the same height: the right axis reaches as far below zero, in
     * proportion, as the losses reach on the left, and its labels below the movements' lowest value
     * are left out (no MRR is negative).
     *
     * @param bridges the monthly bridges, not null, not empty
     * @return the chart, not null
     * @throws IllegalArgumentException if there is no bridge
     */
    public static CategoryChart mrrBridge(MrrBridgeTable bridges) {
        Objects.requireNonNull(bridges, "bridges");
        if (bridges.isEmpty()) {
            throw new IllegalArgumentException("an MRR bridge chart needs at least one month");
        }
        String currency = bridges.get(0).end().currency().getCurrencyCode();
        CategoryChart chart = new LibraryCharts.Category(new CategoryChartBuilder().width(WIDTH).height(520)
                .title("MRR bridge by month").xAxisTitle("month").yAxisTitle("movement (" + currency + ")"));
        style(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setAvailableSpaceFill(0.7);
        chart.getStyler().setXAxisLabelRotation(45);
        // One legend entry per line: XChart centres each label on its own glyphs, so labels side by side
        // would sit at different heights.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        List<String> months = new ArrayList<>();
        double[][] series = new double[5][bridges.size()];
        List<Double> mrr = new ArrayList<>();
        double top = 0;
        double bottom = 0;
        double highest = 0;
        for (int i = 0; i < bridges.size(); i++) {
            MrrBridge b = bridges.get(i);
            months.add(b.period().toString());
            series[0][i] = amount(b.newBusiness());
            series[1][i] = amount(b.expansion());
            series[2][i] = amount(b.reactivation());
            series[3][i] = -amount(b.contraction());
            series[4][i] = -amount(b.churn());
            mrr.add(amount(b.end()));
            top = Math.max(top, series[0][i] + series[1][i] + series[2][i]);
            bottom = Math.min(bottom, series[3][i] + series[4][i]);
            highest = Math.max(highest, amount(b.end()));
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
        chart.setYAxisGroupTitle(1, "MRR (" + currency + ")");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        // XChart sizes every axis group from all series unless told. The bars' axis spans the stacks; the
        // line's axis spans the same share below zero, so that both zeros lie on one height.
        double up = top > 0 ? top * 1.1 : 1;
        double down = bottom * 1.1;
        double mrrTop = highest > 0 ? highest * 1.1 : 1;
        double mrrBottom = mrrTop * down / up;
        chart.getStyler().setYAxisMin(0, down);
        chart.getStyler().setYAxisMax(0, up);
        chart.getStyler().setYAxisMin(1, mrrBottom);
        chart.getStyler().setYAxisMax(1, mrrTop);
        // One formatter serves both axes: the line's axis has its ticks below zero only past the
        // movements' lowest value (its steps are far larger), and those negative MRR labels are left out.
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        double lowestMovement = down;
        // XChart cannot lay out an empty label: a hidden one is a space.
        chart.setCustomYAxisTickLabelsFormatter(v -> v < lowestMovement - 1e-9 ? " " : format.format(v));
        return chart;
    }

    /**
     * NPS per period as a line, each point with its 95 % Wald interval as an error bar; periods
     * without responses are left out.
     *
     * @param trend the trend, not null, with at least one period that has responses
     * @return the chart, not null
     * @throws IllegalArgumentException if no period has responses
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
        CategoryChart chart = new LibraryCharts.Category(new CategoryChartBuilder().width(WIDTH).height(420)
                .title("NPS by period, with 95% confidence interval").xAxisTitle("period").yAxisTitle("NPS"));
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
     * A cohort table as a heat map of one of its percentages: one row per cohort, the first on top
     * as in a printed triangle, labelled with the cohort and its size (its customers, all of whom pay
     * at age 0), such as {@code 2023-01 (42)}; one column per age in the table's unit (months,
     * quarters or years, as the age axis says); each cell coloured by the percentage and labelled
     * with it rounded to a whole number, such as {@code 87}. Cells a cohort has not reached, or whose
     * percentage is undefined, are blank.
     *
     * <p>The colour scale beside the map states its values in percent, and is fixed per kind of
     * percentage, so that maps of the same percentage compare at a glance:
     * <ul>
     *   <li>logo retention and gross revenue retention (at most 100 %): 0 to 100 %, orange for none
     *       kept through pale green to green for all kept, labelled every 25 %;</li>
     *   <li>net revenue retention: diverging around 100 %, red below (revenue lost), pale yellow at
     *       exactly 100 % (marked on the scale), green above (revenue gained); it spans 50 to 150 %,
     *       widened by 50 points on both sides at a time until every cell fits, so 100 % stays in its
     *       middle; labelled at both ends, halfway and at 100 %.</li>
     * </ul>
     *
     * @param title the chart title, not null
     * @param table the cohort table, not null
     * @param metric {@code LOGO_RETENTION}, {@code NET_REVENUE_RETENTION} or {@code GROSS_REVENUE_RETENTION}
     * @return the chart, not null
     * @throws IllegalArgumentException if the metric is not a percentage
     */
    public static HeatMapChart cohortHeatmap(String title, CohortTable table, CohortMetric metric) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(metric, "metric");
        if (metric == CohortMetric.CUSTOMERS || metric == CohortMetric.MRR) {
            throw new IllegalArgumentException("metric must be a percentage but was " + metric);
        }
        int ages = table.cohorts().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String> cohorts = new ArrayList<>();
        List<String> ageLabels = new ArrayList<>();
        for (int k = 0; k < ages; k++) {
            ageLabels.add(Integer.toString(k));
        }
        double[][] values = new double[table.cohorts().size()][ages];
        for (int c = 0; c < values.length; c++) {
            CohortRow row = table.cohorts().get(c);
            // A percentage of a cohort of three and of three hundred look alike: the size tells them apart.
            cohorts.add(row.cohort() + " (" + Figures.grouped(row.size()) + ")");
            Arrays.fill(values[c], Double.NaN);
            for (int k = 0; k < row.cells().size(); k++) {
                Optional<Ratio> r = switch (metric) {
                    case LOGO_RETENTION -> row.logoRetention(k);
                    case NET_REVENUE_RETENTION -> row.netRevenueRetention(k);
                    default -> row.grossRevenueRetention(k);
                };
                if (r.isPresent() && r.get().defined()) {
                    values[c][k] = r.get().percent();
                }
            }
        }
        String unit = table.grouping().name().toLowerCase(Locale.ROOT);
        return cohortHeatmap(title, cohorts, ageLabels, values, "age (" + unit + "s)", HeatmapScale.of(metric, values));
    }

    /**
     * A table of numbers by cohort and age as a heat map: one row per cohort, the first on top as in
     * a printed triangle, one column per age (in months, as the age axis says), each cell coloured by
     * its value and labelled with it rounded to a whole number. Cells that are {@code NaN} (ages a
     * cohort has not reached) are left blank.
     *
     * <p>The numbers' kind is unknown, so the colour scale beside the map spans them: from the round
     * ten at or below the lowest value to the round ten at or above the highest (at least ten wide),
     * orange through pale green to green, labelled at both ends and in the middle without a unit.
     *
     * @param title the chart title, not null
     * @param cohorts the row labels, top to bottom, such as {@code 2023-01}, not null
     * @param ages the column labels, such as {@code 0}, {@code 1}, …, not null
     * @param values {@code values[cohort][age]}, one row per cohort and one column per age, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the dimensions do not match the labels
     */
    public static HeatMapChart cohortHeatmap(String title, List<String> cohorts, List<String> ages, double[][] values) {
        return cohortHeatmap(title, cohorts, ages, values, "age (months)", HeatmapScale.spanning(values));
    }

    private static HeatMapChart cohortHeatmap(String title, List<String> cohorts, List<String> ages, double[][] values,
            String ageTitle, HeatmapScale scale) {
        Objects.requireNonNull(title, "title");
        if (values.length != cohorts.size()) {
            throw new IllegalArgumentException("values has " + values.length + " rows but there are " + cohorts.size()
                    + " cohorts");
        }
        // XChart draws the first y category at the bottom: hand it the cohorts last to first.
        int rows = cohorts.size();
        List<String> bottomUp = new ArrayList<>(cohorts);
        Collections.reverse(bottomUp);
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
        HeatMapChart chart = new LibraryCharts.HeatMap(new HeatMapChartBuilder().width(WIDTH)
                .height(Math.max(320, 110 + 22 * rows)).title(title).xAxisTitle(ageTitle).yAxisTitle("cohort"), scale);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setBaseFont(BASE);
        chart.getStyler().setChartTitleFont(BASE.deriveFont(Font.BOLD, 15f));
        // The colour scale (ScaleLegend) takes the legend's place right of the map.
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendFont(BASE.deriveFont(11f));
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(BASE.deriveFont(10f));
        chart.getStyler().setHeatMapValueDecimalPattern("#0");
        chart.getStyler().setDecimalPattern("#0");
        // XChart leaves out category labels closer together than the x axis's tick spacing hint, on both
        // axes: rows are 22 units apart, and every cohort and age keeps its label.
        chart.getStyler().setXAxisTickMarkSpacingHint(16);
        chart.addSeries(title, ages, bottomUp, cells);
        return chart;
    }

    /**
     * A Kaplan–Meier curve as a step line with its confidence interval as one shaded band, with one
     * legend entry each, and under it the number at risk: the customers still at risk at each
     * labelled time, as in a printed Kaplan–Meier plot's risk table (at every second, third, …
     * labelled time where the numbers would run into each other).
     *
     * <p>Scales: survival from 0 to 1 on the vertical axis; time from 0 to the curve's last time on
     * the horizontal axis, labelled at whole months (every tick if the curve spans less than two).
     * The curve starts at 1 at time 0. At risk at a time are the customers observed before it
     * whose churn or censoring comes at that time or later (each row's {@code atRisk} at its own
     * time; zero after the last row).
     *
     * @param title the chart title, not null
     * @param curve the curve, not null
     * @return the chart, not null; taller than {@link #survivalCurve(String, double[], double[], double[], double[])}
     *     by the number-at-risk row
     */
    public static XYChart survivalCurve(String title, SurvivalCurve curve) {
        Objects.requireNonNull(curve, "curve");
        List<SurvivalRow> rows = new ArrayList<>(curve.rows());
        if (rows.isEmpty() || rows.get(0).time() > 0) {
            rows.add(0, new SurvivalRow(0, curve.customers(), 0, 0, 1, 0, 1, 1));
        }
        double[] times = new double[rows.size()];
        double[] survival = new double[rows.size()];
        double[] lower = new double[rows.size()];
        double[] upper = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            SurvivalRow r = rows.get(i);
            times[i] = r.time();
            survival[i] = r.survival();
            lower[i] = r.lower();
            upper[i] = r.upper();
        }
        // The row's numbers go under the time axis's labels, which XChart places: the labels' formatter sees them.
        TimeTicks ticks = new TimeTicks(times[0], times[times.length - 1]);
        LibraryCharts.Xy chart = survivalCurve(title, times, survival, lower, upper, ticks,
                SURVIVAL_HEIGHT + RiskTable.HEIGHT);
        chart.riskTable(new RiskTable(curve, ticks, BASE.deriveFont(11f)));
        return chart;
    }

    /**
     * A survival curve as a step line with its confidence band, if given, as one shaded step band.
     *
     * <p>Scales: survival from 0 to 1 on the vertical axis; time from the first to the last time on
     * the horizontal axis, labelled at whole months (every tick if the times span less than two).
     * Without the curve's counts there is no number-at-risk row.
     *
     * @param title the chart title, not null
     * @param times the times at which the curve steps, ascending, not null
     * @param survival the survival probability from each time on, in [0, 1], not null
     * @param lower the lower confidence bound at each time, or null for no band
     * @param upper the upper confidence bound at each time, or null for no band
     * @return the chart, not null
     * @throws IllegalArgumentException if the arrays differ in length, or only one bound is given
     */
    public static XYChart survivalCurve(String title, double[] times, double[] survival, double[] lower,
            double[] upper) {
        Objects.requireNonNull(times, "times");
        TimeTicks ticks = times.length == 0 ? null : new TimeTicks(times[0], times[times.length - 1]);
        return survivalCurve(title, times, survival, lower, upper, ticks, SURVIVAL_HEIGHT);
    }

    /** The chart of either overload; {@code ticks} labels the time axis, null for XChart's labels. */
    private static LibraryCharts.Xy survivalCurve(String title, double[] times, double[] survival, double[] lower,
            double[] upper, TimeTicks ticks, int height) {
        Objects.requireNonNull(title, "title");
        if (survival.length != times.length || (lower != null && lower.length != times.length)
                || (upper != null && upper.length != times.length)) {
            throw new IllegalArgumentException("times, survival and bounds must have the same length");
        }
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("a band needs both bounds or neither");
        }
        LibraryCharts.Xy chart = new LibraryCharts.Xy(new XYChartBuilder().width(WIDTH).height(height).title(title)
                .xAxisTitle("months since first payment").yAxisTitle("share still a customer"));
        style(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setMarkerSize(0);
        if (ticks != null) {
            chart.setCustomXAxisTickLabelsFormatter(ticks);
        }
        // The curve falls from the top left: the legend's place is the empty top right, one entry per line.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        if (lower != null && times.length > 0) {
            // The band as one polygon: along the upper bound's steps, then back along the lower bound's.
            double end = times[times.length - 1];
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            steps(times, upper, end, x, y);
            List<Double> lowerX = new ArrayList<>();
            List<Double> lowerY = new ArrayList<>();
            steps(times, lower, end, lowerX, lowerY);
            Collections.reverse(lowerX);
            Collections.reverse(lowerY);
            x.addAll(lowerX);
            y.addAll(lowerY);
            XYSeries band = chart.addSeries("95% confidence band", x, y);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(BAND);
            band.setLineColor(BAND);
            band.setLineStyle(new BasicStroke(0f));
            band.setMarker(SeriesMarkers.NONE);
        }
        XYSeries line = chart.addSeries("survival", times, survival);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        line.setLineColor(NEW);
        line.setLineStyle(new BasicStroke(2f));
        line.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /** The corners of a step function: each value holds until the next time, the last until {@code end}. */
    private static void steps(double[] times, double[] values, double end, List<Double> x, List<Double> y) {
        for (int i = 0; i < times.length; i++) {
            double next = i + 1 < times.length ? times[i + 1] : end;
            x.add(times[i]);
            y.add(values[i]);
            x.add(next);
            y.add(values[i]);
        }
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
        styler.setLocale(Locale.ROOT);
        styler.setYAxisDecimalPattern("#,##0.##");
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
