package io.github.saasmetrics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.survival.KaplanMeier;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.survival.SurvivalRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The number at risk at a time, and the times the chart labels. */
class RiskTableTest {

    @Test
    void atRiskAtARowsTimeIsTheRowsAtRiskAndBetweenRowsTheNextRows() {
        SurvivalCurve curve = KaplanMeier.fit(new double[] {1, 2, 2, 3, 5, 6, 6, 8},
                new boolean[] {true, true, false, true, false, true, true, true});
        List<Long> counts = new ArrayList<>();
        for (double t = 0; t <= 9; t += 0.5) {
            counts.add(RiskTable.atRisk(curve, t));
        }
        assertEquals(List.of(8L, 8L, 8L, 7L, 7L, 5L, 5L, 4L, 4L, 4L, 4L, 3L, 3L, 1L, 1L, 1L, 1L, 0L, 0L), counts);
        for (SurvivalRow row : curve.rows()) {
            assertEquals(row.atRisk(), RiskTable.atRisk(curve, row.time()), "at " + row.time());
        }
    }

    /** KaplanMeier's worked example: 2, 3+, 5 observed from 0; 4 and 6+ from 2.5. */
    @Test
    void customersWhoEnterLateAreAtRiskOnlyAfterTheirEntry() {
        SurvivalCurve curve = KaplanMeier.fitDelayedEntry(new double[] {0, 0, 0, 2.5, 2.5},
                new double[] {2, 3, 5, 4, 6}, new boolean[] {true, false, true, true, false});
        List<Long> counts = DoubleStream.of(0, 1, 2, 2.5, 2.6, 3, 4, 5, 6, 7).mapToObj(t -> RiskTable.atRisk(curve, t))
                .toList();
        assertEquals(List.of(3L, 3L, 3L, 2L, 4L, 4L, 3L, 2L, 1L, 0L), counts);
        for (SurvivalRow row : curve.rows()) {
            assertEquals(row.atRisk(), RiskTable.atRisk(curve, row.time()), "at " + row.time());
        }
    }

    @Test
    void theTimeAxisLabelsWholeMonthsAndRemembersTheTicksOfItsLastLayout() {
        TimeTicks ticks = new TimeTicks(0, 10);
        // A first layout tried 0.5 steps from below the axis, then settled on 1.
        for (double v = -0.5; v <= 11; v += 0.5) {
            assertEquals(Math.rint(v) == v ? String.valueOf((int) v) : TimeTicks.BLANK, ticks.apply(v));
        }
        for (double v = -1; v <= 12; v += 1) {
            ticks.apply(v);
        }
        assertEquals(IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList(), ticks.labelled(),
                "the whole months within the axis, from the last layout");
        assertEquals("1,200", new TimeTicks(0, 2000).apply(1200.0));

        TimeTicks short_ = new TimeTicks(0, 1.5);
        for (double v = 0; v <= 1.5; v += 0.25) {
            short_.apply(v);
        }
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5), short_.labelled(), "a short axis keeps every label");
        assertEquals("0.25", short_.apply(0.25));
    }
}
