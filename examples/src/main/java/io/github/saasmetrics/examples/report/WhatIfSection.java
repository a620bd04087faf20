package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.forecast.GrowthRates;
import io.github.saasmetrics.forecast.MrrProjection;
import io.github.saasmetrics.forecast.WhatIf;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.table.Figures;
import java.util.List;

/**
 * What retention is worth ({@link WhatIf}): the last year's growth rates from the monthly bridges,
 * projected two years ahead as they are, with churn one point lower, and with annual retention
 * five points higher.
 */
public final class WhatIfSection implements ReportSection {

    /** The horizon of the projections, in months. */
    static final int MONTHS = 24;

    @Override
    public String title() {
        return "What retention is worth (what-if)";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        int year = context.data().period().lastMonth().getYear();
        List<MrrBridge> months = context.monthly().stream().filter(b -> b.period().firstMonth().getYear() == year)
                .toList();
        GrowthRates baseline = GrowthRates.of(MrrBridgeTable.of(months));
        WhatIf lowerChurn = WhatIf.of(baseline, baseline.churnChangedBy(-0.01), MONTHS);
        WhatIf higherRetention = WhatIf.of(baseline, baseline.annualRetentionChangedBy(0.05), MONTHS);
        StringBuilder text = new StringBuilder("Baseline from the bridges of ").append(year)
                .append(" (rates of MRR: churned, expanded and contracted MRR over MRR at the start, pooled):\n")
                .append(baseline).append("\nsteady-state MRR ")
                .append(baseline.steadyStateMrr().map(Figures::money).orElse("none (expansion outweighs losses)"))
                .append("; after ").append(MONTHS).append(" months ").append(Figures.money(MrrProjection.of(baseline, MONTHS).finalMrr()))
                .append("\n\nChurn one point lower:\n")
                .append(lowerChurn)
                .append("\n\nAnnual retention five points higher (churn ")
                .append(Figures.fixed(baseline.annualRetentionChangedBy(0.05).churnRate()
                        * 100, 2)).append("% a month):\n")
                .append(higherRetention);
        return SectionOutput.text(text.toString()).withTables(lowerChurn.toTable(), higherRetention.toTable());
    }
}
