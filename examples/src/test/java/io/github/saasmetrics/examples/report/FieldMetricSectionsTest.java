package io.github.saasmetrics.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.examples.csv.SampleFiles;
import io.github.saasmetrics.forecast.GrowthRates;
import io.github.saasmetrics.forecast.WhatIf;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.ltv.LeftTruncation;
import io.github.saasmetrics.mrr.LineKindBreakdown;
import io.github.saasmetrics.mrr.LineKindSplit;
import io.github.saasmetrics.mrr.MovementType;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.retention.ChurnAlert;
import io.github.saasmetrics.retention.ChurnAlerts;
import io.github.saasmetrics.retention.ChurnBenchmarks;
import io.github.saasmetrics.retention.ChurnReasonBreakdown;
import io.github.saasmetrics.retention.ChurnReasons;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report sections of churn reasons, line kinds, benchmarks, alerts, what-if, LTV timing and delayed entry show the library's numbers. */
class FieldMetricSectionsTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.year(2024);
    private static ReportContext context;

    @BeforeAll
    static void load() {
        context = ReportContext.of(SampleFiles.readBundled());
    }

    private static String render(ReportSection section) {
        return section.render(context).text();
    }

    @Test
    void churnReasons() {
        String text = render(new ChurnReasonsSection());
        ChurnReasonBreakdown reasons = ChurnReasons.measure(context.ledger(), YEAR, context.data().churnReasons());
        assertTrue(text.contains(reasons.toString()), text);
        MrrBridge bridge = MrrMovements.bridge(context.ledger(), YEAR);
        assertEquals(bridge.churnedCustomers(), reasons.churned());
        assertEquals(bridge.churn(), reasons.mrr());
        // The sample has churn without a reason and reasons in the wrong month, as real exports do.
        assertTrue(reasons.unrecordedChurned() > 0 && !reasons.unmatched().isEmpty(), reasons::toString);
        assertTrue(text.contains("2024-Q4"), text);
    }

    @Test
    void lineKinds() {
        String text = render(new LineKindSection());
        LineKindBreakdown split = LineKindSplit.measure(context.data().subscriptions(), YEAR, context.conventions(),
                context.data().rates());
        assertEquals(List.of(LineKind.PLAN), split.kinds());
        assertTrue(text.contains(split.toString()), text);
        MrrBridge bridge = MrrMovements.bridge(context.ledger(), YEAR);
        assertEquals(bridge.expansion(), split.amount(MovementType.EXPANSION, LineKind.PLAN));
        assertTrue(text.contains("BUSINESS") && text.contains("ENTERPRISE"), text);
    }

    @Test
    void benchmarksAlertsAndWhatIf() {
        String benchmarks = render(new ChurnBenchmarkSection());
        assertTrue(benchmarks.contains(ChurnBenchmarks.defaults().toString()), benchmarks);
        assertTrue(benchmarks.contains("above the 4% to 24% band for companies younger than 3 years"), benchmarks);

        String alerts = render(new ChurnAlertSection());
        List<ChurnAlert> all = ChurnAlerts.monthly(context.ledger(), ChurnAlertSection.TRAILING_MONTHS,
                ChurnAlertSection.SIGNIFICANCE);
        for (ChurnAlert a : all) {
            if (a.month().getYear() == 2024) {
                assertTrue(alerts.contains(a.month() + "  "), a::toString);
            }
        }

        String whatIf = render(new WhatIfSection());
        List<MrrBridge> months = context.monthly().stream().filter(b -> b.period().firstMonth().getYear() == 2024)
                .toList();
        GrowthRates rates = GrowthRates.of(MrrBridgeTable.of(months));
        assertTrue(whatIf.contains(WhatIf.of(rates, rates.churnChangedBy(-0.01), WhatIfSection.MONTHS).toString()),
                whatIf);
    }

    @Test
    void ltvTimingAndDelayedEntry() {
        String timing = render(new LtvTimingSection());
        assertTrue(timing.contains("at renewal"), timing);
        assertFalse(timing.contains("AT_RENEWAL"), timing);
        String delayed = render(new DelayedEntrySection());
        MrrLedger window = MrrLedger.fromSubscriptions(context.data().subscriptions(), YEAR, context.conventions(),
                context.data().rates());
        SurvivalCurve curve = LedgerLifetimes.survival(window, LeftTruncation.DELAYED_ENTRY);
        assertTrue(delayed.contains(String.format(java.util.Locale.ROOT, "%.4f", curve.survival(12))), delayed);
        // Delayed entry recovers the full history's curve far better than leaving the early starters out.
        SurvivalCurve full = LedgerLifetimes.survival(context.ledger());
        SurvivalCurve excluded = LedgerLifetimes.survival(window, LeftTruncation.EXCLUDE);
        assertTrue(Math.abs(curve.survival(18) - full.survival(18)) < Math.abs(excluded.survival(18) - full.survival(18)));
        // Leaving them out observes no tenure past a year: S(18) would only repeat S(12), so it is not shown.
        String leftOut = delayed.lines().filter(l -> l.contains("earlier customers left out")).findFirst().orElseThrow();
        assertTrue(leftOut.contains(String.format(java.util.Locale.ROOT, "%.4f", excluded.survival(12)) + "       —"),
                leftOut);
    }
}
