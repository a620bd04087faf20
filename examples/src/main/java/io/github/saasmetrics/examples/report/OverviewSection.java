package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.TextTable;
import java.util.Map;
import java.util.TreeMap;

/** The data behind the report: how many of what, and the conventions the revenue metrics follow. */
public final class OverviewSection implements ReportSection {

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public SectionOutput render(ReportContext context) {
        SampleDataset data = context.data();
        Map<String, long[]> byCurrency = new TreeMap<>();
        for (Subscription s : data.subscriptions()) {
            long[] counts = byCurrency.computeIfAbsent(s.unitPrice().currency().getCurrencyCode(), c -> new long[2]);
            counts[0]++;
            if (!s.discounts().isEmpty()) {
                counts[1]++;
            }
        }
        TextTable.Builder table = TextTable.builder("currency", "subscriptions", "with a coupon");
        ResultTable.Builder typed = ResultTable.builder("Subscriptions by currency")
                .columns(Column.text("currency"), Column.count("subscriptions"), Column.count("with a coupon"));
        byCurrency.forEach((currency, counts) -> {
            table.row(currency, counts[0], counts[1]);
            typed.row(currency, counts[0], counts[1]);
        });
        MrrLedger ledger = context.ledger();
        StringBuilder ledgerText = new StringBuilder("Ledger: MRR in ").append(ledger.currency().getCurrencyCode()).append(" per customer and month, ")
                .append(ledger.firstMonth()).append(" to ").append(ledger.lastMonth())
                .append(" (the month before the first holds the opening MRR), ")
                .append(Figures.grouped(ledger.customerCount())).append(" customers, ")
                .append(Figures.grouped(ledger.rowCount())).append(" customer-months with MRR");
        StringBuilder rules = new StringBuilder();
        for (String rule : ConventionWords.all(context.conventions(), ledger.movementConventions())) {
            rules.append("- ").append(rule).append('\n');
        }
        String heading = "Conventions (how the numbers are counted):";
        String text = data + "\n" + ledgerText + "\n\n" + table.build() + "\n\n" + heading + "\n"
                + Formats.wrap(rules.toString().stripTrailing());
        return SectionOutput.text(text).withTables(typed.build())
                .withNotes(data.toString(), ledgerText.toString(), heading, rules.toString().stripTrailing());
    }
}
