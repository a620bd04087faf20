package io.github.saasmetrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** The cohort table as a typed table in long form: one row per cohort and age, every metric a column. */
class CohortResultTableTest {

    @Test
    void theWorkedExampleInLongForm() {
        ResultTable t = CohortTable.of(CohortTableTest.example()).toTable();
        assertEquals("""
                Cohorts by first paid month, by age in months, 2023-12 to 2024-03 (USD)
                cohort   age (months)  cohort size  customers  logo retention  MRR (USD)  retained MRR (USD)     NRR     GRR
                2024-01             0            2          2          100.0%      30.00               30.00  100.0%  100.0%
                2024-01             1            2          1           50.0%      30.00               20.00  100.0%   66.7%
                2024-01             2            2          1           50.0%      30.00               20.00  100.0%   66.7%
                2024-03             0            1          1          100.0%       5.00                5.00  100.0%  100.0%
                One row per cohort and observed age: customers paying at the age, their MRR, that MRR capped at each \
                customer's age-0 MRR (retained), and the rates over the cohort's size and age-0 MRR; ages the ledger \
                does not reach for the whole cohort are absent.""", t.toText());
        assertEquals(ReportingPeriod.parse("2024-01"), t.value(1, "cohort"));
        assertEquals(1L, t.value(1, "age"));
        assertEquals(Ratio.of(1, 2), t.value(1, "logo retention"));
        assertEquals(Money.parse("USD 20.00"), t.value(1, "retained MRR"));
        assertEquals(Ratio.of(2000, 3000), t.value(1, "GRR"));
    }
}
