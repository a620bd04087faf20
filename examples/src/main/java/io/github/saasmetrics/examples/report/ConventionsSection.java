package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The same subscriptions under each vendor's conventions: how much the choice of when churn is
 * recognised, or whether a returning customer is a reactivation, moves the numbers.
 */
public final class ConventionsSection implements ReportSection {

    @Override
    public String title() {
        return "The same data under each vendor's conventions";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        Map<String, Preset> presets = new LinkedHashMap<>();
        presets.put("defaults", new Preset(MrrConventions.defaults(), MovementConventions.defaults()));
        presets.put("chartMogul", new Preset(MrrConventions.chartMogul(), MovementConventions.chartMogul()));
        presets.put("stripe", new Preset(MrrConventions.stripe(), MovementConventions.defaults()));
        presets.put("profitWell", new Preset(MrrConventions.profitWell(), MovementConventions.defaults()));
        presets.put("baremetrics", new Preset(MrrConventions.baremetrics(), MovementConventions.defaults()));
        presets.put("lago", new Preset(MrrConventions.lago(), MovementConventions.lago()));
        int year = context.data().period().lastMonth().getYear();
        ReportingPeriod period = ReportingPeriod.year(year);
        String currency = context.ledger().currency().getCurrencyCode();
        TextTable.Builder table = TextTable.builder("preset (" + currency + ")", "MRR end " + year, "new", "expansion",
                "reactivation", "churn", "churned customers");
        for (Map.Entry<String, Preset> preset : presets.entrySet()) {
            MrrConventions mrr = preset.getValue().mrr();
            MrrLedger ledger = (mrr.equals(context.conventions()) ? context.ledger()
                    : MrrLedger.fromSubscriptions(context.data().subscriptions(), context.data().period(), mrr,
                            context.data().rates())).withMovementConventions(preset.getValue().movements());
            MrrBridge b = MrrMovements.bridge(ledger, period);
            table.row(preset.getKey(), Figures.amount(b.end()), Figures.amount(b.newBusiness()),
                    Figures.amount(b.expansion()), Figures.amount(b.reactivation()), Figures.amount(b.churn()),
                    b.churnedCustomers());
        }
        return SectionOutput.text(table.build().toString());
    }

    /** A vendor's measurement and movement conventions. */
    private record Preset(MrrConventions mrr, MovementConventions movements) {
    }
}
