package io.github.saasmetrics.spark;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An {@link MrrBridgeTable} as plain numbers, to travel between Spark executors and the driver:
 * per bridge its period, eight amounts in minor units and eight customer counts.
 *
 * <p>A plain final class rather than a record: Kryo, which a job may configure as Spark's
 * serializer, cannot rebuild records, and Java serialization handles both.
 */
final class BridgeTableForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 16;

    private final String currency;
    private final ReportingPeriod[] periods;
    private final long[] values;

    private BridgeTableForm(String currency, ReportingPeriod[] periods, long[] values) {
        this.currency = currency;
        this.periods = periods;
        this.values = values;
    }

    static BridgeTableForm of(MrrBridgeTable table, Currency currency) {
        int n = table.size();
        ReportingPeriod[] periods = new ReportingPeriod[n];
        long[] values = new long[n * WIDTH];
        for (int i = 0; i < n; i++) {
            MrrBridge b = table.get(i);
            periods[i] = b.period();
            long[] row = {b.start().minorUnits(), b.newBusiness().minorUnits(), b.expansion().minorUnits(),
                b.contraction().minorUnits(), b.churn().minorUnits(), b.reactivation().minorUnits(), b.fx().minorUnits(),
                b.end().minorUnits(), b.customersAtStart(), b.newCustomers(), b.reactivatedCustomers(),
                b.churnedCustomers(), b.customersAtEnd(), b.expandedCustomers(), b.contractedCustomers(),
                b.joinedAndChurnedCustomers()};
            System.arraycopy(row, 0, values, i * WIDTH, WIDTH);
        }
        return new BridgeTableForm(currency.getCurrencyCode(), periods, values);
    }

    MrrBridgeTable value() {
        Currency cur = Currency.getInstance(currency);
        List<MrrBridge> bridges = new ArrayList<>(periods.length);
        for (int i = 0; i < periods.length; i++) {
            int o = i * WIDTH;
            long[] v = values;
            bridges.add(new MrrBridge(periods[i], Money.ofMinor(cur, v[o]), Money.ofMinor(cur, v[o + 1]),
                    Money.ofMinor(cur, v[o + 2]), Money.ofMinor(cur, v[o + 3]), Money.ofMinor(cur, v[o + 4]),
                    Money.ofMinor(cur, v[o + 5]), Money.ofMinor(cur, v[o + 6]), Money.ofMinor(cur, v[o + 7]), v[o + 8],
                    v[o + 9], v[o + 10], v[o + 11], v[o + 12], v[o + 13], v[o + 14], v[o + 15]));
        }
        return MrrBridgeTable.of(bridges);
    }

    /** Merges with core's {@link MrrBridgeTable#plus}. */
    BridgeTableForm plus(BridgeTableForm other) {
        return of(value().plus(other.value()), Currency.getInstance(currency));
    }
}
