package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import java.util.List;
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
        ResultTable.Builder typed = ResultTable.builder("The " + year + " bridge under each preset (" + currency + ")")
                .columns(Column.text("preset"), Column.money("MRR end " + year, currency), Column.money("new", currency),
                        Column.money("expansion", currency), Column.money("reactivation", currency),
                        Column.money("churn", currency), Column.count("churned customers"));
        Preset base = new Preset(MrrConventions.defaults(), MovementConventions.defaults());
        StringBuilder differences = new StringBuilder();
        for (Map.Entry<String, Preset> preset : presets.entrySet()) {
            MrrConventions mrr = preset.getValue().mrr();
            MrrLedger ledger = (mrr.equals(context.conventions()) ? context.ledger()
                    : MrrLedger.fromSubscriptions(context.data().subscriptions(), context.data().period(), mrr,
                            context.data().rates())).withMovementConventions(preset.getValue().movements());
            MrrBridge b = MrrMovements.bridge(ledger, period);
            table.row(preset.getKey(), Figures.amount(b.end()), Figures.amount(b.newBusiness()),
                    Figures.amount(b.expansion()), Figures.amount(b.reactivation()), Figures.amount(b.churn()),
                    b.churnedCustomers());
            typed.row(preset.getKey(), b.end(), b.newBusiness(), b.expansion(), b.reactivation(), b.churn(),
                    b.churnedCustomers());
            List<String> differs = ConventionWords.differences(base.mrr(), base.movements(), preset.getValue().mrr(),
                    preset.getValue().movements());
            if (!preset.getKey().equals("defaults")) {
                differences.append("- ").append(preset.getKey()).append(": ")
                        .append(differs.isEmpty() ? "the same conventions as the defaults" : String.join("; ", differs))
                        .append('\n');
            }
        }
        String heading = "How each preset differs from the defaults (presets whose figures equal the defaults' differ only"
                + " in cases this data does not have):";
        String list = differences.toString().stripTrailing();
        return SectionOutput.text(table.build() + "\n\n" + Formats.wrap(heading) + "\n" + Formats.wrap(list))
                .withTables(typed.build()).withNotes(heading, list);
    }

    /** A vendor's measurement and movement conventions. */
    private record Preset(MrrConventions mrr, MovementConventions movements) {
    }
}
