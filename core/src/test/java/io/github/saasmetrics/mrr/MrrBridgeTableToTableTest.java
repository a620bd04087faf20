package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.table.ColumnType;
import io.github.saasmetrics.table.ResultTable;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bridge table as a typed table: one row per bridge, one column per bridge line. */
class MrrBridgeTableToTableTest {

    private static final Currency USD = Currency.getInstance("USD");

    /** a: 100 → 250 (expansion); b: 10 → gone (churn); e: new at 25. */
    private static MrrLedger ledger() {
        return MrrLedger.builder(USD).months(YearMonth.of(2024, 1), YearMonth.of(2024, 2))
                .add("a", "2024-01", "USD 100.00").add("b", "2024-01", "USD 10.00")
                .add("a", "2024-02", "USD 250.00").add("e", "2024-02", "USD 25.00").build();
    }

    @Test
    void oneRowPerBridgeWithTheSixteenLinesTyped() {
        ResultTable t = MrrMovements.monthly(ledger()).toTable();
        assertEquals("MRR bridge by month (USD)", t.title());
        assertEquals(17, t.columns().size());
        assertEquals(ColumnType.PERIOD, t.columns().get(0).type());
        for (BridgeLine line : BridgeLine.values()) {
            assertEquals(line.money() ? ColumnType.MONEY : ColumnType.COUNT,
                    t.columns().get(t.columnIndex(line.label())).type());
        }
        assertEquals(ReportingPeriod.month(YearMonth.of(2024, 2)), t.value(0, "period"));
        assertEquals(Money.parse("USD 110.00"), t.value(0, "starting MRR"));
        assertEquals(Money.parse("USD 25.00"), t.value(0, "new business"));
        assertEquals(Money.parse("USD 150.00"), t.value(0, "expansion"));
        assertEquals(Money.parse("USD 10.00"), t.value(0, "churn"));
        assertEquals(Money.parse("USD 275.00"), t.value(0, "ending MRR"));
        assertEquals(2L, t.value(0, "customers at the start"));
        assertEquals(1L, t.value(0, "new customers"));
        assertEquals(1L, t.value(0, "churned customers"));
        assertEquals(2L, t.value(0, "customers at the end"));
        assertEquals(List.of(
                "Contraction and churn are losses, written as positive amounts: ending MRR = starting MRR + new business"
                        + " + reactivation + expansion − contraction − churn + FX; net new MRR is the same without FX.",
                "customers at the end = customers at the start + new customers + reactivated customers − churned"
                        + " customers; joined-and-churned customers (joined and left inside the period) are in no other"
                        + " count."), t.footnotes());
        assertEquals("period,starting MRR (USD),new business (USD),expansion (USD),contraction (USD),churn (USD),"
                + "reactivation (USD),FX (USD),ending MRR (USD),customers at the start,new customers,"
                + "reactivated customers,churned customers,customers at the end,expanded customers,contracted customers,"
                + "joined-and-churned customers\r\n"
                + "2024-02,110.00,25.00,150.00,0.00,10.00,0.00,0.00,275.00,2,1,0,1,2,1,0,0\r\n", t.toCsv());
    }

    @Test
    void aBridgeOfSeveralMonthsIsTitledByPeriod() {
        ResultTable t = MrrBridgeTable.of(List.of(MrrBridge.of(ReportingPeriod.quarter(2024, 1), USD,
                new long[BridgeLine.values().length]))).toTable();
        assertEquals("MRR bridge by period (USD)", t.title());
    }

    @Test
    void anEmptyTableHasNoCurrencyAndSoNoMoneyColumns() {
        ResultTable t = MrrBridgeTable.of(List.of()).toTable();
        assertEquals("MRR bridge by month", t.title());
        assertEquals(9, t.columns().size());
        assertEquals(0, t.rowCount());
    }
}
