package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subscription row that cannot be read fails the job naming the column, the value, the
 * subscription and the customer, or is rejected with that reason; explicit months reject MRR rows
 * outside them.
 */
class SubscriptionBadRowsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final ReportingPeriod PERIOD = ReportingPeriod.months(YearMonth.of(2024, 1), YearMonth.of(2024, 6));
    private static final List<Subscription> GOOD = List.of(
            Subscription.builder("s1", "acme").price("USD 100.00").start(LocalDate.of(2024, 1, 10)).build(),
            Subscription.builder("s2", "globex").price("USD 50.00").start(LocalDate.of(2024, 2, 3))
                    .end(LocalDate.of(2024, 4, 3)).build());

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    private static SparkLedger ledger(Row bad) {
        List<Row> rows = new ArrayList<>(SampleRows.subscriptionRows(GOOD));
        rows.add(bad);
        return SparkLedger.ofSubscriptions(spark.createDataFrame(rows, SampleRows.SUBSCRIPTION_SCHEMA),
                SubscriptionColumns.defaults(), PERIOD, MrrConventions.defaults(), ExchangeRates.none(USD))
                .withPartitions(3);
    }

    @Test
    void anUnreadablePriceFailsOrIsRejected() {
        Row bad = RowFactory.create("s3", "hooli", "pro", "usd", null, 1L, "P1M", java.sql.Date.valueOf("2024-03-01"),
                null, null, null, List.of(), List.of());
        Exception e = assertThrows(Exception.class, () -> ledger(bad).bridgeTable());
        StringBuilder messages = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause()) {
            messages.append(c.getMessage()).append('\n');
        }
        for (String named : new String[] {"'unit_price'", "null", "'s3'", "'hooli'"}) {
            assertTrue(messages.toString().contains(named), () -> "error should name " + named + ": " + messages);
        }
        SparkLedger rejecting = ledger(bad).withBadRows(BadRows.REJECT);
        List<Row> rejected = rejecting.rejectedRows().collectAsList();
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).getString(13).contains("'unit_price'"), rejected.get(0).getString(13));
        assertEquals(MrrMovements.monthly(MrrLedger.fromSubscriptions(GOOD, PERIOD, MrrConventions.defaults(), USD)),
                rejecting.bridgeTable());
    }

    @Test
    void explicitMonthsRejectRowsOutsideThem() {
        List<Row> rows = List.of(RowFactory.create("acme", "2024-01", 100L), RowFactory.create("acme", "2024-09", 100L));
        SparkLedger ledger = SparkLedger.ofMrrRows(spark.createDataFrame(rows, SampleRows.MRR_SCHEMA),
                MrrColumns.of(USD)).withMonths(YearMonth.of(2023, 12), YearMonth.of(2024, 6))
                .withBadRows(BadRows.REJECT);
        assertEquals(ReportingPeriod.months(YearMonth.of(2023, 12), YearMonth.of(2024, 6)), ledger.months());
        List<Row> rejected = ledger.rejectedRows().collectAsList();
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).getString(3).contains("outside the ledger's months"), rejected.get(0).getString(3));
        MrrLedger core = MrrLedger.builder(USD).months(YearMonth.of(2023, 12), YearMonth.of(2024, 6))
                .add("acme", "2024-01", "USD 1.00").build();
        assertEquals(MrrMovements.monthly(core), ledger.bridgeTable());
    }
}
