package io.github.saasmetrics.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.nps.Nps;
import io.github.saasmetrics.nps.NpsResponse;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

/** Every chart renders to SVG without a display, with the series the report promises. */
class ChartsTest {

    private static final MrrBridgeTable BRIDGES = MrrMovements.monthly(MrrLedger.builder(Currency.getInstance("USD"))
            .add("a", "2024-01", "USD 100.00").add("b", "2024-01", "USD 50.00")
            .add("a", "2024-02", "USD 150.00").add("c", "2024-02", "USD 20.00")
            .build());

    @Test
    void theMrrBridgeStacksFiveMovementsAndDrawsMrrOnTheRightAxis() {
        CategoryChart chart = Charts.mrrBridge(BRIDGES);
        assertEquals(List.of("new", "expansion", "reactivation", "contraction", "churn", "MRR at month end (right axis)"),
                List.copyOf(chart.getSeriesMap().keySet()));
        // February: a expands by 50, b churns 50, c is new with 20.
        assertEquals(20.0, chart.getSeriesMap().get("new").getYData().stream().skip(1).findFirst().orElseThrow().doubleValue());
        assertEquals(50.0, chart.getSeriesMap().get("expansion").getYData().stream().skip(1).findFirst().orElseThrow().doubleValue());
        assertEquals(-50.0, chart.getSeriesMap().get("churn").getYData().stream().skip(1).findFirst().orElseThrow().doubleValue());
        assertEquals(170.0, chart.getSeriesMap().get("MRR at month end (right axis)").getYData().stream().skip(1).findFirst().orElseThrow().doubleValue());
        String svg = Charts.svg(chart);
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
    }

    @Test
    void theNpsTrendSkipsPeriodsWithoutAnswersAndCarriesErrorBars() {
        LocalDate jan = LocalDate.of(2024, 1, 10);
        var trend = Nps.monthlyTrend(List.of(NpsResponse.of("a", 10, jan), NpsResponse.of("b", 3, jan),
                NpsResponse.of("c", 9, jan.plusMonths(2))));
        CategoryChart chart = Charts.npsTrend(trend);
        assertEquals(List.of("2024-01", "2024-03"), chart.getSeriesMap().get("NPS").getXData());
        assertTrue(Charts.svg(chart).contains("<svg"));
        assertThrows(IllegalArgumentException.class, () -> Charts.npsTrend(Nps.monthlyTrend(List.of())));
    }

    @Test
    void theCohortHeatmapAndSurvivalCurveHooksRender() {
        HeatMapChart heat = Charts.cohortHeatmap("Logo retention (%)", List.of("2024-01", "2024-02"),
                List.of("0", "1", "2"), new double[][] {{100, 90, 85}, {100, 88, Double.NaN}});
        assertEquals(5, heat.getHeatMapSeries().getHeatData().size(), "the cell a cohort has not reached is blank");
        assertEquals(List.of("2024-02", "2024-01"), heat.getHeatMapSeries().getYData(), "the first cohort on top");
        Number[] first = heat.getHeatMapSeries().getHeatData().get(0);
        assertEquals(List.of(0, 1, 100.0), List.of(first), "2024-01 at age 0 is the top row's first cell");
        assertTrue(Charts.svg(heat).contains("<svg"));
        XYChart curve = Charts.survivalCurve("Customer survival", new double[] {0, 1, 2}, new double[] {1, 0.9, 0.8},
                new double[] {1, 0.85, 0.74}, new double[] {1, 0.94, 0.86});
        assertEquals(3, curve.getSeriesMap().size());
        assertTrue(Charts.svg(curve).contains("<svg"));
        assertThrows(IllegalArgumentException.class, () -> Charts.cohortHeatmap("x", List.of("a"), List.of("0"),
                new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class, () -> Charts.survivalCurve("x", new double[] {0, 1},
                new double[] {1}, null, null));
    }
}
