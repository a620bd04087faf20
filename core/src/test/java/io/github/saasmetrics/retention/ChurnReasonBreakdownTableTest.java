package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Churn by reason as a typed table: the same rows as its text, the total as a total row. */
class ChurnReasonBreakdownTableTest {

    @Test
    void workedExample() {
        ChurnReasonBreakdown march = ChurnReasons.measure(ChurnReasonsTest.ledger(),
                ReportingPeriod.month(YearMonth.of(2024, 3)), ChurnReasonsTest.RECORDS);
        ResultTable t = march.toTable();
        assertEquals("""
                Churn by reason, 2024-03 (USD)
                reason                type         churned   share  MRR (USD)  MRR share
                price                 voluntary          1   33.3%      30.00      30.0%
                payment failure       involuntary        1   33.3%      20.00      20.0%
                (no reason recorded)                     1   33.3%      50.00      50.0%
                ------------------------------------------------------------------------
                Total                                    3  100.0%     100.00     100.0%
                voluntary 1 (50.0% of the 2 with a reason, MRR 30.00), involuntary 1 (50.0%, MRR 20.00)
                recorded reasons matching no churn event: 1 (2024-03 d competitor)""", t.toText());
        assertEquals(Ratio.of(1, 3), t.value(0, "share"));
        assertEquals(Money.parse("USD 50.00"), t.value(2, "MRR"));
        assertEquals(3L, t.value(3, "churned"));
    }
}
