package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Rfc4180;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The typed bridge table adds up from its own cells, and its CSV holds the same numbers. */
class MrrBridgeTableProperties {

    @Provide
    Arbitrary<List<MrrBridgeProperties.Row>> rows() {
        return new MrrBridgeProperties().rows();
    }

    @Property
    void everyRowAddsUpFromItsTypedCells(@ForAll("rows") List<MrrBridgeProperties.Row> rows) {
        MrrBridgeTable bridges = MrrMovements.monthly(MrrBridgeProperties.build(rows, 1, MovementConventions.defaults()));
        ResultTable t = bridges.toTable();
        assertEquals(bridges.size(), t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            Money end = money(t, r, "starting MRR").plus(money(t, r, "new business"))
                    .plus(money(t, r, "reactivation")).plus(money(t, r, "expansion")).minus(money(t, r, "contraction"))
                    .minus(money(t, r, "churn")).plus(money(t, r, "FX"));
            assertEquals(money(t, r, "ending MRR"), end);
            assertEquals(count(t, r, "customers at the end"), count(t, r, "customers at the start")
                    + count(t, r, "new customers") + count(t, r, "reactivated customers")
                    - count(t, r, "churned customers"));
            MrrBridge b = bridges.get(r);
            assertEquals(b.period(), t.value(r, "period"));
            for (BridgeLine line : BridgeLine.values()) {
                Object cell = t.value(r, line.label());
                assertEquals(line.of(b), line.money() ? ((Money) cell).minorUnits() : (long) (Long) cell);
            }
        }
    }

    @Property
    void theCsvHoldsTheSameNumbers(@ForAll("rows") List<MrrBridgeProperties.Row> rows) {
        MrrBridgeTable bridges = MrrMovements.monthly(MrrBridgeProperties.build(rows, 1, MovementConventions.defaults()));
        List<List<String>> csv = Rfc4180.read(bridges.toTable().toCsv());
        assertEquals(bridges.size() + 1, csv.size());
        for (int r = 0; r < bridges.size(); r++) {
            List<String> fields = csv.get(r + 1);
            MrrBridge b = bridges.get(r);
            assertEquals(b.period(), ReportingPeriod.parse(fields.get(0)));
            for (BridgeLine line : BridgeLine.values()) {
                String field = fields.get(line.ordinal() + 1);
                long value = line.money() ? new BigDecimal(field).movePointRight(2).longValueExact() : Long.parseLong(field);
                assertEquals(line.of(b), value, line.label());
            }
        }
    }

    private static Money money(ResultTable t, int row, String column) {
        return (Money) t.value(row, column);
    }

    private static long count(ResultTable t, int row, String column) {
        return (Long) t.value(row, column);
    }
}
