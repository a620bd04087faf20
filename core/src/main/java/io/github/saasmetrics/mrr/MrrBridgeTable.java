package io.github.saasmetrics.mrr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.Figures;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Tabular;
import io.github.saasmetrics.table.TextTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Consecutive MRR bridges, usually one per month, that print as a month-by-month table.
 *
 * <p>It is an unmodifiable {@code List<MrrBridge>}; its JSON form is the JSON array of its
 * bridges. {@link #total()} chains them into the bridge of the whole span.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MrrBridgeTable extends AbstractList<MrrBridge> implements RandomAccess, Tabular {

    private final List<MrrBridge> bridges;

    private MrrBridgeTable(List<MrrBridge> bridges) {
        this.bridges = bridges;
    }

    /**
     * Wraps consecutive bridges.
     *
     * @param bridges the bridges in period order, each starting where the previous one ends, not null
     * @return the table, not null
     * @throws IllegalArgumentException if two neighbours do not chain
     */
    @JsonCreator
    public static MrrBridgeTable of(List<MrrBridge> bridges) {
        List<MrrBridge> copy = List.copyOf(Objects.requireNonNull(bridges, "bridges"));
        for (int i = 1; i < copy.size(); i++) {
            copy.get(i - 1).followedBy(copy.get(i));
        }
        return new MrrBridgeTable(copy);
    }

    @Override
    public MrrBridge get(int index) {
        return bridges.get(index);
    }

    @Override
    public int size() {
        return bridges.size();
    }

    /**
     * The bridges as a plain list (the JSON form).
     *
     * @return the bridges, not null, unmodifiable
     */
    @JsonValue
    public List<MrrBridge> bridges() {
        return bridges;
    }

    /**
     * The bridges chained into one over the whole span (see {@link MrrBridge#followedBy(MrrBridge)}).
     *
     * @return the total bridge, not null
     * @throws IllegalStateException if the table is empty
     */
    public MrrBridge total() {
        if (bridges.isEmpty()) {
            throw new IllegalStateException("an empty bridge table has no total");
        }
        MrrBridge total = bridges.get(0);
        for (int i = 1; i < bridges.size(); i++) {
            total = total.followedBy(bridges.get(i));
        }
        return total;
    }

    /**
     * Merges the table of a disjoint group of customers over the same months, bridge by bridge.
     *
     * @param other the other group's table, not null, same periods
     * @return the merged table, not null
     * @throws IllegalArgumentException if the periods differ
     */
    public MrrBridgeTable plus(MrrBridgeTable other) {
        Objects.requireNonNull(other, "other");
        if (other.size() != size()) {
            throw new IllegalArgumentException("cannot merge bridge tables of " + size() + " and " + other.size()
                    + " periods");
        }
        List<MrrBridge> merged = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            merged.add(bridges.get(i).plus(other.bridges.get(i)));
        }
        return new MrrBridgeTable(List.copyOf(merged));
    }

    private TextTable table() {
        boolean fx = bridges.stream().anyMatch(b -> !b.fx().zero());
        String currency = bridges.isEmpty() ? "" : " (" + bridges.get(0).start().currency().getCurrencyCode() + ")";
        List<String> columns = new ArrayList<>(List.of("period" + currency, "start", "new", "reactivation",
                "expansion", "contraction", "churn", "net new"));
        if (fx) {
            columns.add("fx");
        }
        columns.addAll(List.of("end", "customers", "new", "react.", "churned"));
        TextTable.Builder t = TextTable.builder(columns.toArray(String[]::new));
        for (MrrBridge b : bridges) {
            List<Object> row = new ArrayList<>(List.of(b.period(), Figures.amount(b.start()),
                    Figures.amount(b.newBusiness()), Figures.amount(b.reactivation()), Figures.amount(b.expansion()),
                    Figures.amount(b.contraction()), Figures.amount(b.churn()), Figures.amount(b.netNewMrr())));
            if (fx) {
                row.add(Figures.amount(b.fx()));
            }
            row.addAll(List.of(Figures.amount(b.end()), b.customersAtStart() + " → " + b.customersAtEnd(),
                    b.newCustomers(), b.reactivatedCustomers(), b.churnedCustomers()));
            t.row(row.toArray());
        }
        // The identity a reader checks on the page: net new leaves FX out, so end − start is net new + fx.
        // Losses print as positive amounts, as in the typed table, so the identity's minus signs are the only ones.
        t.note("contraction and churn are losses, shown as positive amounts:");
        t.note(fx ? "net new = new + reactivation + expansion − contraction − churn; end = start + net new + fx"
                : "net new = new + reactivation + expansion − contraction − churn; end = start + net new");
        return t.build();
    }

    /**
     * The bridges as a typed table, one row per bridge: {@code period} ({@link ReportingPeriod}),
     * then one column per {@link BridgeLine} in its order, named by its {@linkplain BridgeLine#label()
     * label}: the eight amounts as {@link Money} in the bridges' currency ({@code starting MRR},
     * {@code new business}, {@code expansion}, {@code contraction}, {@code churn},
     * {@code reactivation}, {@code FX}, {@code ending MRR}) and the eight customer counts as
     * {@link Long} ({@code customers at the start}, {@code new customers},
     * {@code reactivated customers}, {@code churned customers}, {@code customers at the end},
     * {@code expanded customers}, {@code contracted customers},
     * {@code joined-and-churned customers}). Contraction and churn are losses written as positive
     * amounts, as in the bridge, so that every row adds up as a footnote says. The title is
     * {@code MRR bridge by month (USD)} ({@code by period} when a bridge is not one calendar month).
     * An empty table has no currency, so its table has the period and count columns only.
     *
     * <p>Example: {@code table.toTable().value(0, "churn")} is {@code USD 10.00} for a first bridge
     * that lost $10 to churn.
     *
     * @return the table, not null
     */
    @Override
    public ResultTable toTable() {
        boolean monthly = bridges.stream().allMatch(b -> b.period().wholeMonths() && b.period().monthCount() == 1);
        String currency = bridges.isEmpty() ? "" : " (" + bridges.get(0).start().currency().getCurrencyCode() + ")";
        ResultTable.Builder t = ResultTable.builder("MRR bridge by " + (monthly ? "month" : "period") + currency);
        t.column(Column.period("period"));
        List<BridgeLine> lines = new ArrayList<>();
        for (BridgeLine line : BridgeLine.values()) {
            if (!line.money()) {
                t.column(Column.count(line.label()));
            } else if (!bridges.isEmpty()) {
                t.column(Column.money(line.label(), bridges.get(0).start().currency()));
            } else {
                continue;
            }
            lines.add(line);
        }
        for (MrrBridge b : bridges) {
            Object[] row = new Object[lines.size() + 1];
            row[0] = b.period();
            for (int i = 0; i < lines.size(); i++) {
                BridgeLine line = lines.get(i);
                row[i + 1] = line.money() ? Money.ofMinor(b.start().currency(), line.of(b)) : (Object) line.of(b);
            }
            t.row(row);
        }
        t.footnote("Contraction and churn are losses, written as positive amounts: ending MRR = starting MRR + new"
                + " business + reactivation + expansion − contraction − churn + FX; net new MRR is the same without FX.");
        t.footnote("customers at the end = customers at the start + new customers + reactivated customers − churned"
                + " customers; joined-and-churned customers (joined and left inside the period) are in no other count.");
        return t.build();
    }

    /**
     * The table in Markdown.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        return table().toMarkdown();
    }

    /**
     * The month-by-month table as aligned text.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        return table().toText();
    }
}
