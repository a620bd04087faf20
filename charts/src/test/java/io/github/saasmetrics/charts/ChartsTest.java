package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.surveys.Nps;
import io.github.saasmetrics.surveys.NpsResponse;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortMetric;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;

/** Every chart is built in one call from a result and renders to PNG without a display. */
class ChartsTest {

    private static final MrrLedger LEDGER = MrrLedger.builder(Currency.getInstance("USD"))
            .add("a", "2024-01", "USD 100.00").add("b", "2024-01", "USD 50.00")
            .add("a", "2024-02", "USD 150.00").add("c", "2024-02", "USD 20.00")
            .build();
    private static final MrrBridgeTable BRIDGES = MrrMovements.monthly(LEDGER);

    @Test
    void theMrrBridgeStacksFiveMovementsAndPutsBothZerosAtOneHeight() throws IOException {
        CategoryChart chart = Charts.mrrBridge(BRIDGES);
        assertEquals(List.of("new", "expansion", "reactivation", "contraction", "churn", "MRR at month end (right axis)"),
                names(chart));
        // February: a expands by 50, b churns 50, c is new with 20.
        assertEquals(20.0, chart.getSeries("new").getYData()[1]);
        assertEquals(50.0, chart.getSeries("expansion").getYData()[1]);
        assertEquals(-50.0, chart.getSeries("churn").getYData()[1]);
        assertEquals(170.0, chart.getSeries("MRR at month end (right axis)").getYData()[1]);
        // Zero sits at the same fraction of both axes' spans.
        double left = -chart.getStyler().getYAxisMin(0) / (chart.getStyler().getYAxisMax(0)
                - chart.getStyler().getYAxisMin(0));
        double right = -chart.getStyler().getYAxisMin(1) / (chart.getStyler().getYAxisMax(1)
                - chart.getStyler().getYAxisMin(1));
        assertEquals(left, right, 1e-12);
        assertTrue(left > 0, "the losses reach below zero");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart)));
        assertEquals(List.of(1650, 780), List.of(image.getWidth(), image.getHeight()), "drawn at scale 1.5");
        assertArrayEquals(ChartImages.png(Charts.mrrBridge(BRIDGES)), ChartImages.png(chart),
                "the same bytes every time, for a new chart and one drawn before");
        assertThrows(IllegalArgumentException.class, () -> Charts.mrrBridge(MrrBridgeTable.of(List.of())));
    }

    @Test
    void theNpsTrendSkipsPeriodsWithoutAnswersAndCarriesErrorBars() {
        LocalDate jan = LocalDate.of(2024, 1, 10);
        var trend = Nps.monthlyTrend(List.of(NpsResponse.of("a", 10, jan), NpsResponse.of("b", 3, jan),
                NpsResponse.of("c", 9, jan.plusMonths(2))));
        CategoryChart chart = Charts.npsTrend(trend);
        assertEquals(List.of("2024-01", "2024-03"), chart.getSeries("NPS").getXData());
        assertTrue(ChartImages.png(chart).length > 1000);
        assertThrows(IllegalArgumentException.class, () -> Charts.npsTrend(Nps.monthlyTrend(List.of())));
    }

    @Test
    void aCohortHeatmapPutsTheFirstCohortOnTopAndShowsItsColourScale() {
        HeatMapChart heat = Charts.cohortHeatmap("Logo retention (%)", List.of("2024-01", "2024-02"),
                List.of("0", "1", "2"), new double[][] {{100, 90, 85}, {100, 88, Double.NaN}});
        assertEquals(5, heat.getHeatMapSeries().getHeatData().size(), "the cell a cohort has not reached is blank");
        assertEquals(List.of("2024-02", "2024-01"), heat.getHeatMapSeries().getYData(), "the first cohort on top");
        Number[] first = heat.getHeatMapSeries().getHeatData().get(0);
        assertEquals(List.of(0, 1, 100.0), List.of(first), "2024-01 at age 0 is the top row's first cell");
        assertTrue(heat.getStyler().isLegendVisible(), "the colour scale");
        assertTrue(ChartImages.png(heat).length > 1000);
        assertThrows(IllegalArgumentException.class, () -> Charts.cohortHeatmap("x", List.of("a"), List.of("0"),
                new double[][] {{1, 2}}));

        CohortTable table = CohortTable.of(LEDGER);
        HeatMapChart fromTable = Charts.cohortHeatmap("Logo retention (%)", table, CohortMetric.LOGO_RETENTION);
        // 2024-01: a and b, a stays (50 %); 2024-02: c.
        assertEquals(List.of(List.of(0, 1, 100.0), List.of(1, 1, 50.0), List.of(0, 0, 100.0)),
                fromTable.getHeatMapSeries().getHeatData().stream().map(List::of).toList());
        assertThrows(IllegalArgumentException.class, () -> Charts.cohortHeatmap("x", table, CohortMetric.MRR));
    }

    @Test
    void aCohortTablesHeatmapNamesEachCohortsSizeItsAgeUnitAndItsPercentScale() {
        HeatMapChart logo = Charts.cohortHeatmap("Logo retention (%)", CohortTable.of(LEDGER), CohortMetric.LOGO_RETENTION);
        assertEquals(List.of("2024-02 (1)", "2024-01 (2)"), logo.getHeatMapSeries().getYData(),
                "each cohort with its customers, the first on top");
        assertEquals("age (months)", logo.getXAxisTitle());
        assertEquals("#0", logo.getStyler().getHeatMapValueDecimalPattern(), "cells labelled as whole numbers");
        assertEquals(List.of(0.0, 100.0), List.of(logo.getStyler().getMin(), logo.getStyler().getMax()),
                "retention on 0 to 100 %, whatever the data");
        HeatmapScale scale = ((LibraryCharts.HeatMap) logo).scale();
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), scale.ticks().stream().map(scale::label).toList());

        HeatMapChart nrr = Charts.cohortHeatmap("NRR (%)", CohortTable.of(LEDGER), CohortMetric.NET_REVENUE_RETENTION);
        // 2024-01: 150 at age 0, a's 150 at age 1 (100 %); 2024-02 at age 0 (100 %): the narrowest scale.
        assertEquals(List.of(50.0, 150.0), List.of(nrr.getStyler().getMin(), nrr.getStyler().getMax()),
                "net revenue retention centred on 100 %");

        // Two years of months: whole quarters and years for the cells.
        MrrLedger years = MrrLedger.builder(Currency.getInstance("USD")).add("a", "2022-03", "USD 10.00")
                .add("a", "2023-03", "USD 10.00").add("b", "2022-07", "USD 10.00").add("c", "2023-02", "USD 10.00")
                .months(YearMonth.of(2021, 12), YearMonth.of(2023, 12)).build();
        HeatMapChart quarterly = Charts.cohortHeatmap("x", CohortTable.of(years, CohortGrouping.QUARTER),
                CohortMetric.LOGO_RETENTION);
        assertEquals("age (quarters)", quarterly.getXAxisTitle());
        assertEquals(List.of("2023-Q1 (1)", "2022-Q3 (1)", "2022-Q1 (1)"), quarterly.getHeatMapSeries().getYData());
        HeatMapChart yearly = Charts.cohortHeatmap("x", CohortTable.of(years, CohortGrouping.YEAR),
                CohortMetric.GROSS_REVENUE_RETENTION);
        assertEquals("age (years)", yearly.getXAxisTitle());
        assertEquals(List.of("2023 (1)", "2022 (2)"), yearly.getHeatMapSeries().getYData());
    }

    @Test
    void aSurvivalCurveHasOneShadedBandAndOneLine() {
        SurvivalCurve km = KaplanMeier.fit(new double[] {1, 2, 2, 3, 5}, new boolean[] {true, true, false, true, false});
        XYChart chart = Charts.survivalCurve("Customer survival", km);
        assertEquals(List.of("95% confidence band", "survival"), names(chart));
        XYSeries band = chart.getSeries("95% confidence band");
        assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle().orElseThrow());
        assertEquals(0.0, chart.getSeries("survival").getXData()[0], "the curve starts at time 0");
        assertEquals(1.0, chart.getSeries("survival").getYData()[0]);
        assertTrue(ChartImages.png(chart).length > 1000);
        XYChart bare = Charts.survivalCurve("x", new double[] {0, 1}, new double[] {1, 0.5}, null, null);
        assertEquals(List.of("survival"), names(bare));
        assertThrows(IllegalArgumentException.class, () -> Charts.survivalCurve("x", new double[] {0, 1},
                new double[] {1}, null, null));
        assertThrows(IllegalArgumentException.class, () -> Charts.survivalCurve("x", new double[] {0},
                new double[] {1}, new double[] {1}, null));
        assertThrows(IllegalArgumentException.class, () -> ChartImages.png(bare, 10));
    }

    /** The library's charts are told apart from charts built with XChart directly, and draw the same. */
    @Test
    void everyChartOfTheLibraryIsASaasmetricsChartAndNoOtherIs() {
        SurvivalCurve km = KaplanMeier.fit(new double[] {1, 2, 3}, new boolean[] {true, false, true});
        var trend = Nps.monthlyTrend(List.of(NpsResponse.of("a", 10, LocalDate.of(2024, 1, 10))));
        List<Chart<?, ?>> charts = List.of(Charts.mrrBridge(BRIDGES), Charts.npsTrend(trend),
                Charts.cohortHeatmap("x", CohortTable.of(LEDGER), CohortMetric.LOGO_RETENTION),
                Charts.cohortHeatmap("x", List.of("2024-01"), List.of("0"), new double[][] {{100}}),
                Charts.survivalCurve("x", km), Charts.survivalCurve("x", new double[] {0}, new double[] {1}, null, null));
        for (Chart<?, ?> chart : charts) {
            SaasmetricsChart ours = assertInstanceOf(SaasmetricsChart.class, chart);
            assertSame(chart, ours.chart());
        }
        CategoryChart mine = new CategoryChartBuilder().width(400).height(300).title("mine").build();
        XYChart alsoMine = new XYChartBuilder().build();
        assertFalse(mine instanceof SaasmetricsChart);
        assertFalse(alsoMine instanceof SaasmetricsChart);
        // A library chart draws as the same chart built with XChart's builder would.
        CategoryChart plain = new CategoryChartBuilder().width(Charts.WIDTH).height(520).title("MRR bridge by month")
                .build();
        assertEquals(plain.getWidth(), Charts.mrrBridge(BRIDGES).getWidth());
        assertEquals(plain.getTitle(), Charts.mrrBridge(BRIDGES).getTitle());
    }

    /** The names of a chart's series, in the order they were added. */
    private static List<String> names(Chart<?, ?> chart) {
        return chart.getSeriesCollection().stream().map(Series::getName).toList();
    }
}
