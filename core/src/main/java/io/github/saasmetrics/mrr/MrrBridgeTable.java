package io.github.saasmetrics.mrr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.TextTable;
import java.util.AbstractList;
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
public final class MrrBridgeTable extends AbstractList<MrrBridge> implements RandomAccess {

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
        List<MrrBridge> merged = new java.util.ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            merged.add(bridges.get(i).plus(other.bridges.get(i)));
        }
        return new MrrBridgeTable(List.copyOf(merged));
    }

    private TextTable table() {
        boolean fx = bridges.stream().anyMatch(b -> !b.fx().zero());
        String currency = bridges.isEmpty() ? "" : " (" + bridges.get(0).start().currency().getCurrencyCode() + ")";
        TextTable t = fx
                ? TextTable.of("period" + currency, "start", "new", "reactivation", "expansion", "contraction", "churn",
                        "fx", "end", "net new", "customers", "new", "react.", "churned")
                : TextTable.of("period" + currency, "start", "new", "reactivation", "expansion", "contraction", "churn",
                        "end", "net new", "customers", "new", "react.", "churned");
        for (MrrBridge b : bridges) {
            String customers = b.customersAtStart() + " → " + b.customersAtEnd();
            if (fx) {
                t.row(b.period(), plain(b.start()), plain(b.newBusiness()), plain(b.reactivation()), plain(b.expansion()),
                        negative(b.contraction()), negative(b.churn()), plain(b.fx()), plain(b.end()),
                        plain(b.netNewMrr()), customers, b.newCustomers(), b.reactivatedCustomers(), b.churnedCustomers());
            } else {
                t.row(b.period(), plain(b.start()), plain(b.newBusiness()), plain(b.reactivation()), plain(b.expansion()),
                        negative(b.contraction()), negative(b.churn()), plain(b.end()), plain(b.netNewMrr()),
                        customers, b.newCustomers(), b.reactivatedCustomers(), b.churnedCustomers());
            }
        }
        return t;
    }

    /** A loss shown with its minus sign, and a zero loss without one. */
    private static String negative(Money m) {
        return m.zero() ? plain(m) : plain(m.negated());
    }

    private static String plain(Money m) {
        return m.amount().toPlainString();
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
