package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the bundled sample business, Spark's results equal core's, whatever the partitioning. */
class SampleDataSparkTest {

    private static SparkSession spark;
    private static Dataset<Row> subscriptions;
    private static Dataset<Row> mrrRows;
    private static MrrLedger rowsLedger;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        subscriptions = spark.createDataFrame(SampleRows.subscriptionRows(SampleRows.DATA.subscriptions()),
                SampleRows.SUBSCRIPTION_SCHEMA);
        List<Row> rows = SampleRows.mrrRows(SampleRows.SUBSCRIPTION_LEDGER);
        mrrRows = spark.createDataFrame(rows, SampleRows.MRR_SCHEMA);
        MrrLedgerBuilder builder = MrrLedger.builder(SampleRows.DATA.reportingCurrency());
        rows.forEach(r -> builder.add(io.github.saasmetrics.customer.CustomerId.of(r.getString(0)),
                YearMonth.parse(r.getString(1)), r.getLong(2)));
        rowsLedger = builder.build();
    }


    private static SparkLedger subscriptionLedger() {
        return SparkLedger.ofSubscriptions(subscriptions, SubscriptionColumns.defaults(), SampleRows.DATA.period(),
                MrrConventions.defaults(), SampleRows.DATA.rates());
    }

    @Test
    void subscriptionsGiveCoresMetricsInThreeAndSeventeenPartitions() {
        LedgerMetrics expected = CoreMetrics.of(SampleRows.SUBSCRIPTION_LEDGER, MetricSet.all());
        assertEquals(expected, subscriptionLedger().withPartitions(3).metrics(MetricSet.all()));
        assertEquals(expected, subscriptionLedger().withPartitions(17).metrics(MetricSet.all()));
    }

    @Test
    void mrrRowsGiveCoresMetricsInOnePartition() {
        LedgerMetrics actual = SparkLedger.ofMrrRows(mrrRows, MrrColumns.of(SampleRows.DATA.reportingCurrency()))
                .withPartitions(1).metrics(MetricSet.all());
        assertEquals(CoreMetrics.of(rowsLedger, MetricSet.all()), actual);
    }

    @Test
    void rowsSplitAcrossParquetFilesWithDatesAndDecimalsGiveCoresMetrics(@TempDir Path dir) {
        // Each customer's rows scattered over five files, months as dates, MRR as decimals.
        String path = dir.resolve("rows").toString();
        mrrRows.select(functions.col("customer"), functions.to_date(functions.col("month"), "yyyy-MM").as("period"),
                functions.col("mrr").cast("decimal(14,0)").divide(100).cast("decimal(14,2)").as("amount"))
                .repartition(5).write().parquet(path);
        Dataset<Row> read = spark.read().parquet(path);
        assertEquals(5, read.inputFiles().length);
        MrrColumns columns = MrrColumns.of(SampleRows.DATA.reportingCurrency()).withMonth("period", MonthEncoding.DATE)
                .withMrr("amount", AmountEncoding.DECIMAL);
        MetricSet set = MetricSet.builder().bridge().churn(PeriodGrid.QUARTER).cohorts(
                io.github.saasmetrics.cohort.CohortGrouping.MONTH).build();
        assertEquals(CoreMetrics.of(rowsLedger, set), SparkLedger.ofMrrRows(read, columns).withPartitions(17).metrics(set));
    }

    @Test
    void movementsForDrillDownAreCoresMovements() {
        ReportingPeriod year = ReportingPeriod.year(2024);
        Map<String, Long> expected = count(MrrMovements.movements(SampleRows.SUBSCRIPTION_LEDGER, year).stream()
                .map(m -> key(m)).collect(Collectors.toList()));
        List<Row> rows = subscriptionLedger().withPartitions(3).movements(year).collectAsList();
        Map<String, Long> actual = count(rows.stream().map(r -> r.getString(0) + " " + r.getString(1) + " "
                + r.getString(2) + " " + r.getDecimal(3).stripTrailingZeros().toPlainString() + " "
                + r.getDecimal(4).stripTrailingZeros().toPlainString() + " "
                + r.getDecimal(5).stripTrailingZeros().toPlainString()).collect(Collectors.toList()));
        assertEquals(expected, actual);
    }

    @Test
    void mrrRowsOfSubscriptionsAreTheLedgersRows() {
        Map<String, Long> expected = count(SampleRows.mrrRows(SampleRows.SUBSCRIPTION_LEDGER).stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2)).collect(Collectors.toList()));
        Map<String, Long> actual = count(subscriptionLedger().mrrRows().collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " "
                        + r.getDecimal(2).movePointRight(2).longValueExact()).collect(Collectors.toList()));
        assertEquals(expected, actual);
    }

    private static String key(MrrMovement m) {
        return m.customer().value() + " " + m.month() + " " + m.type() + " "
                + m.amount().amount().stripTrailingZeros().toPlainString() + " "
                + m.before().amount().stripTrailingZeros().toPlainString() + " "
                + m.after().amount().stripTrailingZeros().toPlainString();
    }

    private static Map<String, Long> count(List<String> keys) {
        Map<String, Long> out = new HashMap<>();
        keys.forEach(k -> out.merge(k, 1L, Long::sum));
        return out;
    }
}
