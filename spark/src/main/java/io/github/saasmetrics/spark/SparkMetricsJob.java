package io.github.saasmetrics.spark;

import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.subscription.MrrConventions;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark job: reads MRR rows from CSV or Parquet, computes the monthly MRR bridge, customer churn
 * by month and quarter, revenue retention by month and quarter, trailing-twelve-month revenue
 * retention and the monthly cohort table in one pass, writes each as a table (CSV with a header
 * line, or Parquet) under the output directory, and prints the bridge.
 *
 * <p>Options ({@code --name value}):
 * <pre>
 * --input PATH             MRR rows: a file or a directory of files (required)
 * --output DIR             where bridge/, churn/, revenue-retention/, trailing-twelve-months/, cohorts/ go (required)
 * --input-format csv|parquet   default: parquet if PATH ends with .parquet, else csv (with a header line)
 * --format csv|parquet     the output format, default csv
 * --master URL             Spark master, such as local[*]; leave out under spark-submit
 * --currency CODE          reporting currency, default USD
 * --customer COL --month COL --mrr COL --currency-column COL   column names (customer, month, mrr; no currency column)
 * --month-encoding DATE|YEAR_MONTH_TEXT|MONTH_INDEX            default YEAR_MONTH_TEXT
 * --amount-encoding MINOR_UNITS|DECIMAL                        default DECIMAL
 * --bad-rows FAIL|REJECT   default FAIL; REJECT writes the rejected rows to rejected/
 * --partitions N           customer partitions, default spark.sql.shuffle.partitions
 * </pre>
 *
 * <p>Example, in-process on the bundled sample rows:
 * {@code java <the --add-opens flags> -cp <class path> io.github.saasmetrics.spark.SparkMetricsJob --master local[*]
 * --input spark/src/test/resources/sample/mrr-rows.csv.gz --output /tmp/saasmetrics}; or with
 * {@code spark-submit --class io.github.saasmetrics.spark.SparkMetricsJob saasmetrics-spark.jar,saasmetrics-core.jar …}.
 */
public final class SparkMetricsJob {

    private SparkMetricsJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the options, as above
     */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        SparkSession.Builder builder = SparkSession.builder().appName("saasmetrics");
        if (options.containsKey("master")) {
            builder.master(options.get("master"));
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, options);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job in a session.
     *
     * @param spark the session, not null
     * @param options the options without their leading dashes, not null
     * @return the metrics computed, not null
     */
    public static LedgerMetrics run(SparkSession spark, Map<String, String> options) {
        String input = required(options, "input");
        String output = required(options, "output");
        String inputFormat = options.getOrDefault("input-format", input.endsWith(".parquet") ? "parquet" : "csv");
        String format = options.getOrDefault("format", "csv");
        Dataset<Row> rows = inputFormat.equals("parquet") ? spark.read().parquet(input)
                : spark.read().option("header", "true").csv(input);
        MrrColumns columns = MrrColumns.of(Currency.getInstance(options.getOrDefault("currency", "USD")))
                .withCustomer(options.getOrDefault("customer", "customer"))
                .withMonth(options.getOrDefault("month", "month"), MonthEncoding.valueOf(
                        options.getOrDefault("month-encoding", "YEAR_MONTH_TEXT").toUpperCase(Locale.ROOT)))
                .withMrr(options.getOrDefault("mrr", "mrr"), AmountEncoding.valueOf(
                        options.getOrDefault("amount-encoding", "DECIMAL").toUpperCase(Locale.ROOT)));
        if (columns.monthEncoding() == MonthEncoding.MONTH_INDEX) {
            columns = columns.withMonthIndex(columns.month(), MrrColumns.EPOCH);
        }
        if (options.containsKey("currency-column")) {
            columns = columns.withCurrencyColumn(options.get("currency-column"));
        }
        BadRows badRows = BadRows.valueOf(options.getOrDefault("bad-rows", "FAIL").toUpperCase(Locale.ROOT));
        SparkLedger ledger = SparkLedger.ofMrrRows(rows, columns, MrrConventions.defaults(), null).withBadRows(badRows);
        if (options.containsKey("partitions")) {
            ledger = ledger.withPartitions(Integer.parseInt(options.get("partitions")));
        }
        LedgerMetrics metrics = ledger.metrics(MetricSet.builder().bridge().churn(PeriodGrid.MONTH)
                .churn(PeriodGrid.QUARTER).revenueRetention(PeriodGrid.MONTH).revenueRetention(PeriodGrid.QUARTER)
                .trailingTwelveMonths().cohorts(CohortGrouping.MONTH).build());
        write(ResultTables.bridge(spark, metrics.bridge()), output + "/bridge", format);
        write(ResultTables.churn(spark, metrics.churn()), output + "/churn", format);
        write(ResultTables.revenueRetention(spark, metrics.revenueRetention()), output + "/revenue-retention", format);
        write(ResultTables.revenueRetention(spark, metrics.trailingTwelveMonths()), output + "/trailing-twelve-months",
                format);
        write(ResultTables.cohorts(spark, metrics.cohorts(CohortGrouping.MONTH)), output + "/cohorts", format);
        if (badRows == BadRows.REJECT) {
            write(ledger.rejectedRows(), output + "/rejected", format);
        }
        YearMonth first = metrics.ledgerMonths().firstMonth();
        System.out.println("MRR bridge, " + first.plusMonths(1) + " to " + metrics.ledgerMonths().lastMonth() + ":");
        System.out.println(metrics.bridge());
        System.out.println("written to " + output + " as " + format + ": bridge, churn, revenue-retention, "
                + "trailing-twelve-months, cohorts" + (badRows == BadRows.REJECT ? ", rejected" : ""));
        return metrics;
    }

    private static void write(Dataset<Row> table, String path, String format) {
        // One file per table: the tables are small, and one file is what a person opens.
        var writer = table.coalesce(1).write().mode(SaveMode.Overwrite);
        if (format.equals("parquet")) {
            writer.parquet(path);
        } else if (format.equals("csv")) {
            writer.option("header", "true").csv(path);
        } else {
            throw new IllegalArgumentException("format must be csv or parquet but was '" + format + "'");
        }
    }

    private static String required(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required (see SparkMetricsJob's documentation)");
        }
        return v;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options come as --name value pairs, but got '" + args[i] + "'");
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
