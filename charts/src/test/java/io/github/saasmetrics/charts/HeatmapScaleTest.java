package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.cohort.CohortMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One colour scale per kind of percentage, stated in percent. */
class HeatmapScaleTest {

    private static final double N = Double.NaN;

    @Test
    void retentionIsAlwaysZeroToAHundredPercent() {
        for (CohortMetric metric : List.of(CohortMetric.LOGO_RETENTION, CohortMetric.GROSS_REVENUE_RETENTION)) {
            for (double[][] values : List.of(new double[][] {{100, 98, 97}}, new double[][] {{100, 12, N}})) {
                HeatmapScale scale = HeatmapScale.of(metric, values);
                assertEquals(0, scale.min(), metric.toString());
                assertEquals(100, scale.max(), metric.toString());
                assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), labels(scale));
                assertFalse(scale.isMidpoint(100), "a sequential scale has no centre");
            }
        }
    }

    @Test
    void netRevenueRetentionIsCentredOnAHundredPercentAndWidensInStepsOfFifty() {
        HeatmapScale narrow = HeatmapScale.of(CohortMetric.NET_REVENUE_RETENTION, new double[][] {{100, 92, N}, {100, 150}});
        assertEquals(List.of(50.0, 150.0), List.of(narrow.min(), narrow.max()), "50 to 150 % holds 150 itself");
        assertEquals(List.of("50%", "75%", "100%", "125%", "150%"), labels(narrow));
        assertTrue(narrow.isMidpoint(100));
        assertEquals(List.of(HeatmapScale.NRR_LOSS, HeatmapScale.NRR_KEPT, HeatmapScale.NRR_GAIN), narrow.colours(),
                "red, pale yellow at the centre, green");

        HeatmapScale low = HeatmapScale.netRevenueRetention(new double[][] {{100, 45}});
        assertEquals(List.of(0.0, 200.0), List.of(low.min(), low.max()), "45 % widens both sides");
        assertEquals(List.of("0%", "50%", "100%", "150%", "200%"), labels(low));

        HeatmapScale high = HeatmapScale.netRevenueRetention(new double[][] {{100, 280}});
        assertEquals(List.of(-100.0, 300.0), List.of(high.min(), high.max()), "280 % needs a half-width of 200");
        assertEquals(100, (high.min() + high.max()) / 2, "100 % stays in the middle");
    }

    @Test
    void plainNumbersSpanTheRoundTensAroundThemWithoutAUnit() {
        HeatmapScale scale = HeatmapScale.spanning(new double[][] {{100, 92}, {41, N}});
        assertEquals(List.of(40.0, 100.0), List.of(scale.min(), scale.max()));
        assertEquals(List.of("40", "70", "100"), labels(scale));
        HeatmapScale flat = HeatmapScale.spanning(new double[][] {{50, 50}});
        assertEquals(List.of(50.0, 60.0), List.of(flat.min(), flat.max()), "at least ten wide");
    }

    @Test
    void onlyPercentagesHaveAScale() {
        assertThrows(IllegalArgumentException.class, () -> HeatmapScale.of(CohortMetric.MRR, new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapScale(1, 1, List.of(HeatmapScale.NRR_GAIN,
                HeatmapScale.NRR_LOSS), List.of(), "", N));
    }

    private static List<String> labels(HeatmapScale scale) {
        return scale.ticks().stream().map(scale::label).toList();
    }
}
