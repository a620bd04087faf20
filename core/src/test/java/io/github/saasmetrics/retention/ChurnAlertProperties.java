package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.stats.Binomial;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ChurnAlertProperties {

    @Provide
    Arbitrary<List<RetentionProperties.Row>> rows() {
        return new RetentionProperties().rows();
    }

    @Property
    void countsAreTheLedgersChurnCounts(@ForAll("rows") List<RetentionProperties.Row> rows,
            @ForAll @IntRange(min = 1, max = 6) int trailing, @ForAll long seed) {
        MrrLedger ledger = RetentionProperties.build(rows);
        List<RetentionProperties.Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        List<ChurnAlert> alerts = ChurnAlerts.monthly(ledger, trailing, 0.05);
        // Input order never matters.
        assertEquals(alerts, ChurnAlerts.monthly(RetentionProperties.build(shuffled), trailing, 0.05));
        int index = 0;
        for (YearMonth m = ledger.firstMonth().plusMonths(trailing + 1); !m.isAfter(ledger.lastMonth()); m = m.plusMonths(1)) {
            YearMonth month = m;
            try {
                ChurnAlert single = ChurnAlerts.measure(ledger, month, trailing, 0.05);
                assertEquals(single, alerts.get(index++), () -> "alert of " + month);
            } catch (IllegalArgumentException undefinedBaseline) {
                // Only a month whose baseline months had nobody at their start is left out.
                assertTrue(undefinedBaseline.getMessage().contains("is undefined"), undefinedBaseline::getMessage);
            }
        }
        assertEquals(index, alerts.size());
        for (ChurnAlert alert : alerts) {
            ChurnResult month = CustomerChurn.measure(ledger, ReportingPeriod.month(alert.month()));
            assertEquals(month.customersAtStart(), alert.customersAtStart());
            assertEquals(month.customersAtStart() - month.retainedCustomers(), alert.churned());
            Ratio baseline = Ratio.UNDEFINED;
            for (int i = trailing; i >= 1; i--) {
                ChurnResult before = CustomerChurn.measure(ledger, ReportingPeriod.month(alert.month().minusMonths(i)));
                baseline = baseline.plus(Ratio.of(before.customersAtStart() - before.retainedCustomers(),
                        before.customersAtStart()));
            }
            assertEquals(baseline, alert.baseline());
            MrrBridge bridge = MrrMovements.bridge(ledger, ReportingPeriod.month(alert.month()));
            assertEquals(bridge.start(), alert.mrr().startMrr());
            assertEquals(bridge.churn(), alert.mrr().churnedMrr());
        }
    }

    @Property
    void flaggedExactlyWhenThePValueIsAtMostTheSignificance(@ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll @IntRange(min = 0, max = 400) int k, @ForAll @IntRange(min = 0, max = 1000) int baselinePermille,
            @ForAll @IntRange(min = 1, max = 499) int alphaPermille) {
        long churned = Math.min(k, n);
        double alpha = alphaPermille / 1000.0;
        ChurnAlert alert = ChurnAlert.of(YearMonth.of(2024, 1), n, churned, Ratio.of(baselinePermille, 1000), alpha);
        assertEquals(alert.pValue() <= alpha, alert.flagged(), alert::toString);
        assertEquals(Binomial.lowerTail(churned, n, baselinePermille / 1000.0) <= alpha, alert.unusuallyLow(),
                alert::toString);
        assertTrue(alert.expectedLow() <= alert.expectedHigh());
        // One more churned customer never makes the month look less unusual.
        if (churned < n) {
            ChurnAlert more = ChurnAlert.of(YearMonth.of(2024, 1), n, churned + 1, Ratio.of(baselinePermille, 1000), alpha);
            assertTrue(more.pValue() <= alert.pValue());
            assertTrue(!alert.flagged() || more.flagged());
        }
    }
}
