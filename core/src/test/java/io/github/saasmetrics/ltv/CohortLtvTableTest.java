package io.github.saasmetrics.ltv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.CsvRecords;
import io.github.saasmetrics.table.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CohortLtvTableTest {

    private static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    @Test
    void workedExample() {
        ResultTable table = CohortLtv.of(4, usd("400"), usd("300"), usd("250"), usd("150")).toTable();
        assertEquals("""
                Cohort LTV: 4 customers
                age  revenue (USD)  cumulative per customer (USD)
                  0         400.00                         100.00
                  1         300.00                         175.00
                  2         250.00                         237.50
                  3         150.00                         275.00""", table.toText());
        assertEquals(2L, table.value(2, "age"));
        assertEquals(usd("250.00"), table.value(2, "revenue"));
        assertEquals(usd("237.50"), table.value(2, "cumulative per customer"));
    }

    @Test
    void aCohortOfNoCustomersHasNoValuePerCustomer() {
        ResultTable table = CohortLtv.of(0, usd("0")).toTable();
        assertNull(table.value(0, "cumulative per customer"));
        assertEquals(usd("0.00"), table.value(0, "revenue"));
    }

    /** The cumulative value per customer is the running sum of the typed revenue over the cohort size. */
    @Property
    void cumulativeIsTheRunningRevenueOverTheCohort(@ForAll @LongRange(min = 1, max = 1000) long customers,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 10_000_000) Integer> cents) {
        List<Money> revenue = new ArrayList<>();
        cents.forEach(c -> revenue.add(Money.ofMinor("USD", c)));
        CohortLtv cohort = new CohortLtv(customers, revenue);
        ResultTable table = cohort.toTable();
        assertEquals(cohort.ages(), table.rowCount());
        Money running = Money.zero(cohort.currency());
        List<Map<String, String>> csv = CsvRecords.of(table);
        for (int age = 0; age < table.rowCount(); age++) {
            assertEquals((long) age, table.value(age, "age"));
            running = running.plus((Money) table.value(age, "revenue"));
            assertEquals(running.dividedBy(customers, Ltv.ROUNDING), table.value(age, "cumulative per customer"));
            Map<String, String> fields = csv.get(age);
            assertEquals(Integer.toString(age), fields.get("age"));
            assertEquals(revenue.get(age).amount(), new BigDecimal(fields.get("revenue (USD)")));
            assertEquals(cohort.cumulativePerCustomer(age).amount(),
                    new BigDecimal(fields.get("cumulative per customer (USD)")));
        }
    }
}
