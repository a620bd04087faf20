package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.subscription.MrrConventions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad row fails the job with an error naming the column, the value and the customer,
 * or, rejected, is listed with that reason and left out of every metric; none is dropped silently.
 */
class BadRowsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final StructType SCHEMA = new StructType().add("customer", DataTypes.StringType)
            .add("month", DataTypes.StringType).add("mrr", DataTypes.LongType).add("currency", DataTypes.StringType);
    private static final List<Row> GOOD = List.of(RowFactory.create("acme", "2024-01", 10000L, "USD"),
            RowFactory.create("acme", "2024-02", 25000L, "USD"), RowFactory.create("globex", "2024-01", 5000L, "USD"),
            RowFactory.create("initech", "2024-02", 3000L, "USD"));
    private static final MrrLedger CORE = MrrLedger.builder(USD).add("acme", "2024-01", "USD 100.00")
            .add("acme", "2024-02", "USD 250.00").add("globex", "2024-01", "USD 50.00")
            .add("initech", "2024-02", "USD 30.00").build();

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }


    private static SparkLedger ledger(Row bad, ExchangeRates rates) {
        List<Row> rows = new ArrayList<>(GOOD);
        rows.add(bad);
        Dataset<Row> input = spark.createDataFrame(rows, SCHEMA).repartition(2);
        return SparkLedger.ofMrrRows(input, MrrColumns.of(USD).withCurrencyColumn("currency"),
                MrrConventions.defaults(), rates).withPartitions(3);
    }

    private static void failsAndRejects(Row bad, ExchangeRates rates, String... named) {
        Exception e = assertThrows(Exception.class, () -> ledger(bad, rates).bridgeTable());
        String messages = messages(e);
        for (String n : named) {
            assertTrue(messages.contains(n), () -> "error should name " + n + " but was: " + messages);
        }
        SparkLedger rejecting = ledger(bad, rates).withBadRows(BadRows.REJECT);
        List<Row> rejected = rejecting.rejectedRows().collectAsList();
        assertEquals(1, rejected.size());
        String reason = rejected.get(0).getString(4);
        for (String n : named) {
            assertTrue(reason.contains(n), () -> "reason should name " + n + " but was: " + reason);
        }
        assertEquals(MrrMovements.monthly(CORE), rejecting.bridgeTable());
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void nullCustomer() {
        failsAndRejects(RowFactory.create(null, "2024-02", 100L, "USD"), null, "'customer'", "is null", "2024-02");
    }

    @Test
    void nullMonth() {
        failsAndRejects(RowFactory.create("hooli", null, 100L, "USD"), null, "'month'", "null", "'hooli'");
    }

    @Test
    void unparseableMonth() {
        failsAndRejects(RowFactory.create("hooli", "2024-13", 100L, "USD"), null, "'month'", "'2024-13'", "'hooli'");
    }

    @Test
    void negativeMrr() {
        failsAndRejects(RowFactory.create("hooli", "2024-02", -100L, "USD"), null, "'mrr'", "'-100'", "'hooli'",
                "negative");
    }

    @Test
    void mixedCurrenciesWithoutRates() {
        failsAndRejects(RowFactory.create("hooli", "2024-02", 100L, "EUR"), null, "'currency'", "'EUR'", "'hooli'",
                "no exchange rates");
    }

    @Test
    void currencyWithoutARateOnItsMonth() {
        ExchangeRates rates = ExchangeRates.builder(USD).rate("EUR", LocalDate.of(2024, 3, 1), "1.08").build();
        failsAndRejects(RowFactory.create("hooli", "2024-02", 100L, "EUR"), rates, "'currency'", "'EUR'", "'hooli'",
                "no exchange rate");
    }

    @Test
    void aColumnOfTheWrongTypeIsRefusedBeforeAnyJob() {
        Dataset<Row> input = spark.createDataFrame(GOOD, SCHEMA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkLedger.ofMrrRows(input, MrrColumns.of(USD).withMonth("mrr", MonthEncoding.DATE)));
        assertTrue(e.getMessage().contains("'mrr'") && e.getMessage().contains("bigint"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SparkLedger.ofMrrRows(input, MrrColumns.of(USD).withCustomer("account")));
    }
}
