package io.github.saasmetrics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Rfc4180;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The difference row of the typed what-if table is scenario minus baseline, from its own cells; its CSV agrees. */
class WhatIfTableProperties {

    private static final String[] AMOUNTS = {"revenue over %d months", "MRR after %d months",
        "a month's new MRR, value over %d months", "a month's new MRR, lifetime value", "steady-state MRR"};

    @Property
    void theDifferenceRowIsScenarioMinusBaseline(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long start,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long won, @ForAll @IntRange(min = 0, max = 300) int churn,
            @ForAll @IntRange(min = 0, max = 300) int expansion, @ForAll @IntRange(min = -100, max = 100) int change,
            @ForAll @IntRange(min = 1, max = 60) int months) {
        GrowthRates base = GrowthRates.of(Money.ofMinor("USD", start), Money.ofMinor("USD", won), churn / 1000.0,
                expansion / 1000.0, 0);
        WhatIf w = WhatIf.of(base, base.churnChangedBy(Math.max(-churn, change) / 1000.0), months);
        ResultTable t = w.toTable();
        List<List<String>> csv = Rfc4180.read(t.toCsv());
        for (String format : AMOUNTS) {
            String column = String.format(format, months);
            Money a = (Money) t.value(0, column);
            Money b = (Money) t.value(1, column);
            assertEquals(a == null || b == null ? null : b.minus(a), t.value(2, column), column);
            for (int r = 0; r < 3; r++) {
                String field = csv.get(r + 1).get(t.columnIndex(column));
                Money cell = (Money) t.value(r, column);
                assertEquals(cell == null ? null : cell.amount(), field == null ? null : new BigDecimal(field));
            }
        }
        assertEquals(w.finalMrrDifference(), t.value(2, String.format(AMOUNTS[1], months)));
        for (String column : new String[] {"churn a month", "net loss a month"}) {
            assertEquals((Double) t.value(1, column) - (Double) t.value(0, column), t.value(2, column));
            assertEquals(t.value(0, column), Double.valueOf(csv.get(1).get(t.columnIndex(column))));
        }
        assertEquals(w.baseline().rates().churnRate(), t.value(0, "churn a month"));
    }
}
