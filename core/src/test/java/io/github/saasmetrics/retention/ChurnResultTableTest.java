package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.MovementConventions;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.ResultTable;
import org.junit.jupiter.api.Test;

/** Customer churn as a typed table: every denominator's ratio, and the monthly terms of the daily sum. */
class ChurnResultTableTest {

    @Test
    void everyDenominatorWithItsCounts() {
        ChurnResult r = CustomerChurn.measure(CustomerChurnTest.quarter(MovementConventions.defaults()),
                CustomerChurnTest.Q2);
        ResultTable t = r.toTable();
        assertEquals("""
                Customer churn by denominator, 2024-Q2
                denominator                 rate  numerator  base
                start                     150.0%          6     4
                start plus new             85.7%          6     7
                average of start and end  171.4%         12     7
                customer-days             163.7%      1,092   667
                sum of monthly rates
                2024-04                    50.0%          2     4
                2024-05                    33.3%          1     3
                2024-06                    50.0%          2     4
                customer churn 2024-Q2: 4 at start, 3 at end, 2 retained, 3 customers joined (new or returning), \
                6 churn events by 5 customers, 333.5 customer-days; 2 joined and churned inside the period (counted)
                sum of monthly rates: 133.33% (daily sum)""", t.toText());
        assertEquals(Ratio.of(6, 4), t.value(0, "rate"));
        assertEquals(1092L, t.value(3, "numerator"));
        assertEquals(667L, t.value(3, "base"));
    }
}
