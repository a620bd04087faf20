package io.github.saasmetrics.mrr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How bridges print: money with thousands separators, net new beside FX so that end − start adds up on the page. */
class MrrBridgeTextTest {

    private static Money usd(String amount) {
        return Money.of("USD", amount);
    }

    private static final MrrBridge JAN = new MrrBridge(ReportingPeriod.month(YearMonth.of(2024, 1)), usd("0.00"),
            usd("1500.00"), usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), usd("1500.00"), 0, 2, 0, 0,
            2, 0, 0, 0);
    private static final MrrBridge FEB = new MrrBridge(ReportingPeriod.month(YearMonth.of(2024, 2)), usd("1500.00"),
            usd("100.00"), usd("50.00"), usd("20.00"), usd("30.00"), usd("0.00"), usd("-2.50"), usd("1597.50"), 2, 1, 0,
            1, 2, 1, 1, 0);

    @Test
    void aBridgeIsASumWithItsNetNewAndFxApart() {
        assertEquals("2024-02: USD 1,500.00 + new 100.00 + reactivation 0.00 + expansion 50.00 − contraction 20.00"
                + " − churn 30.00 (net new 100.00) − fx 2.50 = USD 1,597.50 (2 → 2 customers)", FEB.toString());
        assertEquals("2024-01: USD 0.00 + new 1,500.00 + reactivation 0.00 + expansion 0.00 − contraction 0.00"
                + " − churn 0.00 (net new 1,500.00) = USD 1,500.00 (0 → 2 customers)", JAN.toString());
    }

    @Test
    void theTableShowsNetNewBeforeFxAndSaysHowTheyAddUp() {
        MrrBridgeTable table = MrrBridgeTable.of(List.of(JAN, FEB));
        assertEquals("""
                period (USD)     start       new  reactivation  expansion  contraction  churn   net new     fx       end\
                  customers  new  react.  churned
                2024-01           0.00  1,500.00          0.00       0.00         0.00   0.00  1,500.00   0.00  1,500.00\
                      0 → 2    2       0        0
                2024-02       1,500.00    100.00          0.00      50.00        20.00  30.00    100.00  -2.50  1,597.50\
                      2 → 2    1       0        1
                contraction and churn are losses, shown as positive amounts:
                net new = new + reactivation + expansion − contraction − churn; end = start + net new + fx""",
                table.toString());
        assertEquals("""
                | period (USD) | start | new | reactivation | expansion | contraction | churn | net new | fx | end \
                | customers | new | react. | churned |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | 2024-01 | 0.00 | 1,500.00 | 0.00 | 0.00 | 0.00 | 0.00 | 1,500.00 | 0.00 | 1,500.00 | 0 → 2 | 2 | 0 | 0 |
                | 2024-02 | 1,500.00 | 100.00 | 0.00 | 50.00 | 20.00 | 30.00 | 100.00 | -2.50 | 1,597.50 | 2 → 2 | 1 | 0 \
                | 1 |""", table.toMarkdown());
        assertEquals("""
                period (USD)  start       new  reactivation  expansion  contraction  churn   net new       end  customers\
                  new  react.  churned
                2024-01        0.00  1,500.00          0.00       0.00         0.00   0.00  1,500.00  1,500.00      0 → 2\
                    2       0        0
                contraction and churn are losses, shown as positive amounts:
                net new = new + reactivation + expansion − contraction − churn; end = start + net new""",
                MrrBridgeTable.of(List.of(JAN)).toString());
    }
}
