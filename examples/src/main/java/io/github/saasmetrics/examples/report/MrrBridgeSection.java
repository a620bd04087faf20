package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.charts.Charts;
import java.util.List;

/** The MRR bridge month by month: where each month's MRR came from and went to. */
public final class MrrBridgeSection implements ReportSection {

    @Override
    public String title() {
        return "MRR bridge by month";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        return new SectionOutput(context.monthly().toString(), List.of(new Figure(
                "New, expansion and reactivation MRR up, contraction and churn down; the line is MRR at each"
                        + " month's end. Exchange-rate effects (the fx column) are small and not drawn.",
                () -> Charts.mrrBridge(context.monthly())))).withTables(context.monthly().toTable());
    }
}
