package io.github.saasmetrics.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.cohort.CohortCell;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortRow;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.table.Rfc4180;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every cell of the typed cohort table is the cohort table's cell, its rates its own counts' ratios, its CSV the same. */
class CohortResultTableProperties {

    @Provide
    Arbitrary<List<RetentionProperties.Row>> rows() {
        return new RetentionProperties().rows();
    }

    @Property
    void cellsAreTheCohortTablesCells(@ForAll("rows") List<RetentionProperties.Row> rows,
            @ForAll CohortGrouping grouping) {
        CohortTable cohorts = CohortTable.of(RetentionProperties.build(rows), grouping);
        ResultTable t = cohorts.toTable();
        List<List<String>> csv = Rfc4180.read(t.toCsv());
        int i = 0;
        for (CohortRow row : cohorts.cohorts()) {
            for (CohortCell cell : row.cells()) {
                assertEquals(row.cohort(), t.value(i, "cohort"));
                assertEquals((long) cell.age(), t.value(i, "age"));
                assertEquals(row.size(), t.value(i, "cohort size"));
                long customers = (Long) t.value(i, "customers");
                assertEquals(cell.customers(), customers);
                Money mrr = (Money) t.value(i, "MRR");
                Money retained = (Money) t.value(i, "retained MRR");
                assertEquals(cell.mrr(), mrr);
                assertEquals(cell.retainedMrr(), retained);
                // The rates are the table's own counts and amounts over the cohort's size and age-0 MRR.
                assertEquals(Ratio.of(customers, row.size()), t.value(i, "logo retention"));
                Money base = (Money) t.value(i - cell.age(), "MRR");
                Ratio nrr = (Ratio) t.value(i, "NRR");
                Ratio grr = (Ratio) t.value(i, "GRR");
                assertEquals(base.zero() ? Ratio.UNDEFINED : Ratio.of(mrr.minorUnits(), base.minorUnits()), nrr);
                assertEquals(base.zero() ? Ratio.UNDEFINED : Ratio.of(retained.minorUnits(), base.minorUnits()), grr);
                assertEquals(row.netRevenueRetention(cell.age()).orElse(Ratio.UNDEFINED), nrr);
                assertEquals(row.grossRevenueRetention(cell.age()).orElse(Ratio.UNDEFINED), grr);
                List<String> fields = csv.get(i + 1);
                assertEquals(row.cohort(), ReportingPeriod.parse(fields.get(0)));
                assertEquals(cell.age(), Integer.parseInt(fields.get(1)));
                assertEquals(customers, Long.parseLong(fields.get(3)));
                assertEquals(mrr.amount(), new BigDecimal(fields.get(5)));
                assertEquals(retained.amount(), new BigDecimal(fields.get(6)));
                i++;
            }
        }
        assertEquals(i, t.rowCount());
    }
}
