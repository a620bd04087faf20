package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
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
        Map<String, MrrConventions> presets = new LinkedHashMap<>();
        presets.put("defaults", MrrConventions.defaults());
        presets.put("chartMogul", MrrConventions.chartMogul());
        presets.put("stripe", MrrConventions.stripe());
        presets.put("profitWell", MrrConventions.profitWell());
        presets.put("baremetrics", MrrConventions.baremetrics());
        presets.put("lago", MrrConventions.lago());
        int year = context.data().period().lastMonth().getYear();
        ReportingPeriod period = ReportingPeriod.year(year);
        String currency = context.ledger().currency().getCurrencyCode();
        TextTable.Builder table = TextTable.builder("preset (" + currency + ")", "MRR end " + year, "new", "expansion",
                "reactivation", "churn", "churned customers");
        for (Map.Entry<String, MrrConventions> preset : presets.entrySet()) {
            MrrLedger ledger = preset.getValue().equals(context.conventions()) ? context.ledger()
                    : MrrLedger.fromSubscriptions(context.data().subscriptions(), context.data().period(),
                            preset.getValue(), context.data().rates());
            MrrBridge b = MrrMovements.bridge(ledger, period);
            table.row(preset.getKey(), Figures.amount(b.end()), Figures.amount(b.newBusiness()),
                    Figures.amount(b.expansion()), Figures.amount(b.reactivation()), Figures.amount(b.churn()),
                    b.churnedCustomers());
        }
        return SectionOutput.text(table.build().toString());
    }
}
