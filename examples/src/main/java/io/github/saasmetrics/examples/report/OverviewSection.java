package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.subscription.Subscription;
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
        byCurrency.forEach((currency, counts) -> table.row(currency, counts[0], counts[1]));
        String text = data + "\n"
                + "MRR conventions: " + conventions(context.conventions()) + "\n"
                + "Movement conventions: " + conventions(context.ledger().movementConventions()) + "\n"
                + "Ledger: " + context.ledger() + "\n\n"
                + table.build();
        return SectionOutput.text(text);
    }

    /** The record's components as {@code name=value} pairs, wrapped to stay readable. */
    private static String conventions(Record conventions) {
        StringBuilder sb = new StringBuilder();
        int lineStart = 0;
        for (var component : conventions.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(conventions);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String part = component.getName() + "=" + value;
            if (sb.length() - lineStart + part.length() > 90) {
                sb.append(",\n  ");
                lineStart = sb.length();
            } else if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
