package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.table.ResultTable;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The line-kind breakdown as a typed table: the same figures as its text, with a total row. */
class LineKindBreakdownTableTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void workedExampleAsTable() {
        LineKindBreakdown b = LineKindSplit.measure(LineKindSplitTest.SUBSCRIPTIONS, LineKindSplitTest.PERIOD,
                MrrConventions.defaults(), USD);
        ResultTable t = b.toTable();
        assertEquals("""
                MRR by line kind, 2024-01-01/2024-06-01 (USD)
                line kind  MRR 2024-05 (USD)  new (USD)  expansion (USD)  contraction (USD)  churn (USD)  reactivation (USD)  expanding  contracting
                PLAN                  180.00     150.00            30.00               0.00         0.00                0.00          1            0
                ADD_ON                  0.00       0.00            40.00              40.00         0.00                0.00          2            1
                ------------------------------------------------------------------------------------------------------------------------------------
                Total                 180.00     150.00            70.00              40.00         0.00                0.00
                expanding, contracting: customer-months with a part of that kind""", t.toText());
        assertEquals(Money.parse("USD 40.00"), t.value(1, "contraction"));
        assertEquals(2L, t.value(1, "expanding"));
    }
}
