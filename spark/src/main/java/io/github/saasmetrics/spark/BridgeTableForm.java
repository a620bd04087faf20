package io.github.saasmetrics.spark;

import io.github.saasmetrics.mrr.BridgeLine;
import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int WIDTH = BridgeLine.values().length;

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
            for (BridgeLine line : BridgeLine.values()) {
                values[i * WIDTH + line.ordinal()] = line.of(b);
            }
        }
        return new BridgeTableForm(currency.getCurrencyCode(), periods, values);
    }

    MrrBridgeTable value() {
        Currency cur = Currency.getInstance(currency);
        List<MrrBridge> bridges = new ArrayList<>(periods.length);
        for (int i = 0; i < periods.length; i++) {
            bridges.add(MrrBridge.of(periods[i], cur, Arrays.copyOfRange(values, i * WIDTH, (i + 1) * WIDTH)));
        }
        return MrrBridgeTable.of(bridges);
    }

    /** Merges with core's {@link MrrBridgeTable#plus}. */
    BridgeTableForm plus(BridgeTableForm other) {
        return of(value().plus(other.value()), Currency.getInstance(currency));
    }
}
