package io.github.saasmetrics.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.table.Column;
import io.github.saasmetrics.table.IntervalScale;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class DataFramesTest {

    private static final ResultTable TABLE = ResultTable.builder("MRR by month")
            .columns(Column.month("month"), Column.period("period"), Column.money("MRR", "USD"),
                    Column.count("customers"), Column.percent("retention"), Column.multiple("quick ratio"),
                    Column.rate("churn rate"), Column.decimal("lifetime", 2), Column.text("note"),
                    Column.interval("NPS", 2, IntervalScale.PLAIN))
            .group("2024")
            .row(YearMonth.of(2024, 1), ReportingPeriod.parse("2024-01"), Money.parse("USD 1234.50"), 12L,
                    Ratio.of(9, 10), Ratio.of(9, 2), 0.025, new BigDecimal("40.00"), "first",
                    new ConfidenceInterval(19.52, 25.39, 0.95))
            .row(YearMonth.of(2024, 2), ReportingPeriod.parse("2024-02"), Money.parse("USD -56.00"), 3L,
                    Ratio.UNDEFINED, Ratio.of(1, 4), 0.5, new BigDecimal("2.00"), "second", null)
            .total(null, ReportingPeriod.parse("2024-01-01/2024-03-01"), Money.parse("USD 1178.50"), 15L, null, null, null,
                    null, null, null)
            .build();

    @Test
    void everyColumnKeepsItsType() {
        DataFrame df = DataFrames.of(TABLE);
        assertEquals(List.of("group", "row kind", "month", "period", "MRR (USD)", "customers", "retention",
                "quick ratio", "churn rate", "lifetime", "note", "NPS lower", "NPS upper", "NPS level"),
                List.of(df.getColumnsIndex().toArray()));
        assertEquals(3, df.height());
        assertEquals("2024", df.getColumn("group").get(0));
        assertEquals("total", df.getColumn("row kind").get(2));
        assertEquals(YearMonth.of(2024, 1), df.getColumn("month").get(0));
        assertEquals(ReportingPeriod.parse("2024-01-01/2024-03-01"), df.getColumn("period").get(2));
        assertEquals(new BigDecimal("1234.50"), df.getColumn("MRR (USD)").get(0));
        assertEquals(new BigDecimal("-56.00"), df.getColumn("MRR (USD)").get(1));
        assertEquals(15L, df.getColumn("customers").get(2));
        assertEquals(0.9, df.getColumn("retention").get(0));
        assertNull(df.getColumn("retention").get(1));
        assertEquals(4.5, df.getColumn("quick ratio").get(0));
        assertEquals(0.025, df.getColumn("churn rate").get(0));
        assertEquals(new BigDecimal("40.00"), df.getColumn("lifetime").get(0));
        assertEquals("second", df.getColumn("note").get(1));
        assertEquals(19.52, df.getColumn("NPS lower").get(0));
        assertEquals(25.39, df.getColumn("NPS upper").get(0));
        assertEquals(0.95, df.getColumn("NPS level").get(0));
        assertNull(df.getColumn("NPS lower").get(1));
    }

    @Test
    void aDataFrameFiltersOnTypedValues() {
        DataFrame df = DataFrames.of(TABLE);
        DataFrame losses = df.rows(r -> ((BigDecimal) r.get("MRR (USD)")).signum() < 0).select();
        assertEquals(1, losses.height());
        assertEquals(YearMonth.of(2024, 2), losses.getColumn("month").get(0));
    }

    @Test
    void aTableWithoutGroupsOrTotalHasOnlyItsColumns() {
        ResultTable plain = ResultTable.builder("counts").columns(Column.text("plan"), Column.count("customers"))
                .row("pro", 3L).build();
        DataFrame df = DataFrames.of(() -> plain);
        assertEquals(List.of("plan", "customers"), List.of(df.getColumnsIndex().toArray()));
        assertEquals(3L, df.getColumn("customers").get(0));
    }
}
