package io.github.saasmetrics.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.ResultTable;
import org.junit.jupiter.api.Test;

/** A what-if as a typed table: baseline, scenario and difference rows, rates and amounts typed. */
class WhatIfTableTest {

    @Test
    void churnOnePointLower() {
        WhatIf whatIf = WhatIf.of(WhatIfTest.BASELINE, WhatIfTest.BASELINE.churnChangedBy(-0.01), 24);
        ResultTable t = whatIf.toTable();
        assertEquals("""
                What-if over 24 months (USD)
                projection  churn a month  net loss a month  MRR after 24 months (USD)  revenue over 24 months (USD)  \
                a month's new MRR, value over 24 months (USD)  a month's new MRR, lifetime value (USD)  steady-state MRR (USD)
                baseline             3.0%              2.0%                 253,687.87                  4,469,294.60  \
                                                   192,109.83                               500,000.00              500,000.00
                scenario             2.0%              1.0%                 292,889.67                  4,903,922.35  \
                                                   214,321.86                             1,000,000.00            1,000,000.00
                difference          -1.0%             -1.0%                  39,201.80                    434,627.75  \
                                                    22,212.03                               500,000.00              500,000.00
                difference: scenario − baseline, rates in percentage points; lifetime value and steady state are \
                undefined when the net loss rate is not positive""", t.toText());
        assertEquals(Money.parse("USD 39201.80"), t.value(2, "MRR after 24 months"));
        assertEquals(0.02, t.value(1, "churn a month"));
    }
}
