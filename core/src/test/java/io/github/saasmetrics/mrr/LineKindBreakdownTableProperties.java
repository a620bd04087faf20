package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.LineKind;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Rfc4180;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The kinds' rows of the typed table add up to its total row, which is the period's bridge. */
class LineKindBreakdownTableProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ReportingPeriod PERIOD = ReportingPeriod.months(YearMonth.of(2023, 7), YearMonth.of(2024, 12));
    private static final List<LineKind> KINDS = List.of(LineKind.PLAN, LineKind.ADD_ON, LineKind.of("SEATS"));
    private static final String[] MOVEMENTS = {"new", "expansion", "contraction", "churn", "reactivation"};

    @Provide
    Arbitrary<List<Subscription>> subscriptions() {
        return new MrrBridgeProperties().subscriptions();
    }

    @Property
    void theKindsAddUpToTheTotalRowAndTheBridge(@ForAll("subscriptions") List<Subscription> subs, @ForAll int seed) {
        List<Subscription> lines = subs.stream()
                .map(s -> s.withLineKind(KINDS.get(Math.floorMod(s.id().hashCode() * 31 + seed, 3)))).toList();
        LineKindBreakdown split = LineKindSplit.measure(lines, PERIOD, MrrConventions.defaults(), USD);
        MrrBridge bridge = MrrMovements.bridge(MrrLedger.fromSubscriptions(lines, PERIOD, MrrConventions.defaults(), USD),
                ReportingPeriod.months(PERIOD.firstMonth().plusMonths(1), PERIOD.lastMonth()));
        ResultTable t = split.toTable();
        int total = t.rowCount() - 1;
        assertEquals(split.kinds().size(), total);
        String[] columns = new String[MOVEMENTS.length + 1];
        columns[0] = "MRR " + PERIOD.lastMonth();
        System.arraycopy(MOVEMENTS, 0, columns, 1, MOVEMENTS.length);
        for (String column : columns) {
            Money sum = Money.zero(USD);
            for (int r = 0; r < total; r++) {
                sum = sum.plus((Money) t.value(r, column));
            }
            assertEquals(t.value(total, column), sum, column);
        }
        assertEquals(bridge.end(), t.value(total, columns[0]));
        // The first month's movements are not in a bridge that starts after the ledger's opening month.
        YearMonth first = PERIOD.firstMonth();
        assertEquals(bridge.expansion().plus(split.total(first, MovementType.EXPANSION)), t.value(total, "expansion"));
        assertEquals(bridge.churn().plus(split.total(first, MovementType.CHURN)), t.value(total, "churn"));
        List<List<String>> csv = Rfc4180.read(t.toCsv());
        for (int r = 0; r <= total; r++) {
            for (String column : columns) {
                assertEquals(((Money) t.value(r, column)).amount(), new BigDecimal(csv.get(r + 1).get(t.columnIndex(column)
                        + 1)));
            }
            if (r < total) {
                assertEquals(t.value(r, "expanding"), Long.parseLong(csv.get(r + 1).get(t.columnIndex("expanding") + 1)));
            }
        }
    }
}
