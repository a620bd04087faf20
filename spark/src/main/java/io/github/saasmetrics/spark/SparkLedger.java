package io.github.saasmetrics.spark;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrSnapshot;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovement;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.survival.SurvivalCurve;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.annotation.Nullable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An MRR ledger held in a Spark dataset: the same metrics as core's {@link MrrLedger}, computed
 * per partition with core and merged with the results' {@code plus}, equal to what core computes on
 * one machine from the same rows.
 *
 * <p><b>How.</b> The rows are shuffled by a hash of the customer, so that all of a customer's rows
 * meet in one partition. Each partition becomes a core ledger over the same months (found by one
 * small aggregation, or set with {@link #withMonths}), core computes every metric of a
 * {@link MetricSet} on it in one pass, and Spark's {@code treeReduce} merges the partitions'
 * results with core's {@code plus} and {@code addAll}. Only these partial results, never rows,
 * reach the driver.
 *
 * <p><b>Input.</b> {@link #ofMrrRows} takes rows of (customer, month, MRR) laid out as
 * {@link MrrColumns} says, as core's {@code MrrLedger.builder} takes them: rows of a customer and
 * month add up, the month before the earliest row opens the ledger, a customer's first row is its
 * first payment. {@link #ofSubscriptions} takes subscriptions, as {@code MrrLedger.fromSubscriptions}
 * does.
 *
 * <p><b>Bad input</b> fails the job with an error naming the column, the value and the customer,
 * or, with {@link BadRows#REJECT}, goes to {@link #rejectedRows()} with its reason; nothing is
 * dropped silently.
 *
 * <p>Example:
 * <pre>{@code
 * SparkLedger ledger = SparkLedger.ofMrrRows(spark.read().parquet("mrr/"), MrrColumns.of(USD));
 * LedgerMetrics m = ledger.metrics(MetricSet.builder().bridge().churn(PeriodGrid.QUARTER).build());
 * System.out.println(m.bridge());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; every method that returns a result runs Spark jobs,
 * those that return a {@code Dataset} are lazy.
 */
public final class SparkLedger {

    /** Levels of Spark's tree merge: partials meet on executors before the driver takes the last few. */
    private static final int MERGE_DEPTH = 2;

    private final LedgerSource source;
    private final BadRows badRows;
    private final int partitions;
    private final AtomicReference<ReportingPeriod> months = new AtomicReference<>();

    private SparkLedger(LedgerSource source, BadRows badRows, int partitions) {
        this.source = source;
        this.badRows = badRows;
        this.partitions = partitions;
    }

    /**
     * A ledger of MRR rows in the reporting currency, under the default conventions.
     *
     * @param rows the rows, not null
     * @param columns where the customer, month and MRR are, not null
     * @return the ledger, not null
     * @throws IllegalArgumentException if a column is missing or of a type the layout cannot read
     */
    public static SparkLedger ofMrrRows(Dataset<Row> rows, MrrColumns columns) {
        return ofMrrRows(rows, columns, MrrConventions.defaults(), null);
    }

    /**
     * A ledger of MRR rows, with conventions (the instant whose exchange rate converts a row) and
     * exchange rates for rows in other currencies. Movements are classified under
     * {@code MovementConventions.defaults()}, as in a core ledger built without
     * {@code movementConventions(..)}.
     *
     * @param rows the rows, not null
     * @param columns where the customer, month, MRR and currency are, not null
     * @param conventions the conventions, not null
     * @param rates rates into the reporting currency, or null if every row is in it
     * @return the ledger, not null
     * @throws IllegalArgumentException if a column is missing or of a type the layout cannot read, or the
     *     rates are into another currency than the reporting one
     */
    public static SparkLedger ofMrrRows(Dataset<Row> rows, MrrColumns columns, MrrConventions conventions,
            @Nullable ExchangeRates rates) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(conventions, "conventions");
        return new SparkLedger(new MrrRowsSource(rows, columns, rates, conventions, null, null), BadRows.FAIL, 0);
    }

    /**
     * A ledger of subscriptions over a period, as core's {@code MrrLedger.fromSubscriptions}
     * builds it: the period's months and the month before as opening month.
     *
     * <p>A row that cannot be read as a subscription is bad input ({@link BadRows}); a subscription
     * that core's ledger refuses (a missing exchange rate, an id that appears twice) fails the job
     * under either policy, with core's message naming the subscription.
     *
     * @param subscriptions the subscriptions, one per row, not null
     * @param columns where each part of a subscription is, not null
     * @param period whole months to report, not null
     * @param conventions the conventions, not null
     * @param rates rates into the reporting currency, not null
     * @return the ledger, not null
     * @throws IllegalArgumentException if a column is missing or the period is not whole months
     */
    public static SparkLedger ofSubscriptions(Dataset<Row> subscriptions, SubscriptionColumns columns,
            ReportingPeriod period, MrrConventions conventions, ExchangeRates rates) {
        return new SparkLedger(new SubscriptionsSource(subscriptions, columns, period, conventions, rates),
                BadRows.FAIL, 0);
    }

    /**
     * A copy that treats bad rows another way.
     *
     * @param policy fail the job (the default) or reject the rows, not null
     * @return the copy, not null
     */
    public SparkLedger withBadRows(BadRows policy) {
        return new SparkLedger(source, Objects.requireNonNull(policy, "policy"), partitions);
    }

    /**
     * A copy that shuffles customers into a given number of partitions, each of which holds one
     * core ledger in memory while it is computed.
     *
     * @param count the number of partitions, at least 1; by default Spark's {@code spark.sql.shuffle.partitions}
     * @return the copy, not null
     * @throws IllegalArgumentException if the count is less than 1
     */
    public SparkLedger withPartitions(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("partitions must be at least 1 but was " + count);
        }
        return new SparkLedger(source, badRows, count);
    }

    /**
     * A copy of an MRR-row ledger with explicit months, as core's {@code MrrLedgerBuilder.months}:
     * the first is the opening month; a row outside them is bad input.
     *
     * @param first the opening month, not null
     * @param last the last month, not null, not before {@code first}
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     * @throws UnsupportedOperationException for a ledger of subscriptions, whose period sets its months
     */
    public SparkLedger withMonths(YearMonth first, YearMonth last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last month " + last + " is before first month " + first);
        }
        if (!(source instanceof MrrRowsSource rows)) {
            throw new UnsupportedOperationException("a ledger of subscriptions takes its months from its period");
        }
        return new SparkLedger(rows.withMonths(first, last), badRows, partitions);
    }

    /**
     * The ledger's months, opening month first; runs one small aggregation the first time unless
     * they were set.
     *
     * @return the months, not null
     * @throws IllegalStateException if there are no usable rows and no months were set
     */
    public ReportingPeriod months() {
        ReportingPeriod m = months.get();
        if (m == null) {
            m = named("saasmetrics: ledger months", () -> source.months(badRows));
            months.compareAndSet(null, m);
        }
        return m;
    }

    /**
     * Computes a set of metrics in one pass over the rows.
     *
     * @param set the metrics, not null
     * @return the results, not null
     * @throws IllegalArgumentException if a period asked for is not whole months inside the ledger
     */
    public LedgerMetrics metrics(MetricSet set) {
        Objects.requireNonNull(set, "set");
        ReportingPeriod span = months();
        MetricSet.Resolved resolved = set.resolve(span.firstMonth(), span.lastMonth());
        // Core checks each period on every partition; checking once here fails before any job runs.
        MrrLedger empty = MrrLedger.builder(source.currency()).months(span.firstMonth(), span.lastMonth()).build();
        LedgerFolds.fold(empty, resolved);
        LedgerSource.PartitionLedger build = source.partitionLedger(span);
        return named("saasmetrics: metrics per customer partition", () -> {
            JavaRDD<PartialMetrics> partials = byCustomer().javaRDD()
                    .mapPartitions(rows -> List.of(LedgerFolds.fold(build.build(rows), resolved)).iterator());
            return partials.treeReduce(PartialMetrics::plus, MERGE_DEPTH);
        }).toMetrics();
    }

    /**
     * The monthly MRR bridge table: one bridge per month after the opening month.
     *
     * @return the table, not null
     */
    public MrrBridgeTable bridgeTable() {
        return metrics(MetricSet.builder().bridge().build()).bridge();
    }

    /**
     * Customer churn over a period, with every denominator.
     *
     * @param period whole months after the opening month and within the ledger, not null
     * @return the counts, not null
     */
    public ChurnResult churn(ReportingPeriod period) {
        return metrics(MetricSet.builder().churn(period).build()).churn(period);
    }

    /**
     * Gross and net revenue retention over a period.
     *
     * @param period whole months after the opening month and within the ledger, not null
     * @return the result, not null
     */
    public RevenueRetentionResult revenueRetention(ReportingPeriod period) {
        return metrics(MetricSet.builder().revenueRetention(period).build()).revenueRetention(period);
    }

    /**
     * Trailing-twelve-month revenue retention to a month.
     *
     * @param month the last month, not null; the ledger must hold it and the month a year before
     * @return the result, not null
     */
    public RevenueRetentionResult trailingTwelveMonths(YearMonth month) {
        return metrics(MetricSet.builder().trailingTwelveMonths(month).build()).trailingTwelveMonths(month);
    }

    /**
     * The cohort table by month, quarter or year.
     *
     * @param grouping the grouping, not null
     * @return the table, not null
     */
    public CohortTable cohorts(CohortGrouping grouping) {
        return metrics(MetricSet.builder().cohorts(grouping).build()).cohorts(grouping);
    }

    /**
     * The Kaplan–Meier curve of tenures: time to first churn in months, customers paying at the
     * end censored, customers who first paid before the ledger left out.
     *
     * @return the curve, not null
     * @throws IllegalStateException if no customer first paid inside the ledger
     */
    public SurvivalCurve survival() {
        return metrics(MetricSet.builder().survival().build()).survivalCurve()
                .orElseThrow(() -> new IllegalStateException("no customer first paid inside the ledger"));
    }

    /**
     * Every customer's MRR movements in the months after the opening month, for drill-down.
     *
     * @return a lazy dataset of (customer, month, type, amount, before, after, currency), not null
     */
    public Dataset<Row> movements() {
        ReportingPeriod span = months();
        return movements(ReportingPeriod.months(span.firstMonth().plusMonths(1), span.lastMonth()));
    }

    /**
     * Every customer's MRR movements in a period: the trace behind each number of the bridge.
     * Amounts are decimals in the reporting currency; FX amounts are signed, all others positive.
     *
     * @param period whole months after the opening month and within the ledger, not null
     * @return a lazy dataset of (customer, month, type, amount, before, after, currency), not null
     */
    public Dataset<Row> movements(ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        ReportingPeriod span = months();
        LedgerSource.PartitionLedger build = source.partitionLedger(span);
        MapPartitionsFunction<Row, Row> toMovements = rows -> {
            List<Row> out = new ArrayList<>();
            for (MrrMovement m : LedgerFolds.movements(build.build(rows), period)) {
                out.add(RowFactory.create(m.customer().value(), m.month().toString(), m.type().name(),
                        m.amount().amount(), m.before().amount(), m.after().amount(),
                        m.amount().currency().getCurrencyCode()));
            }
            return out.iterator();
        };
        return byCustomer().mapPartitions(toMovements, Encoders.row(movementSchema()));
    }

    /**
     * The ledger as MRR rows: each customer's MRR in each month where it is above zero, as
     * (customer, month, mrr, currency). For a ledger of subscriptions these are the rows the
     * subscriptions come to under the conventions (joined-and-left months, first payments before
     * the period and the FX part of changes are not in rows; compute metrics from the subscriptions
     * to keep them).
     *
     * @return a lazy dataset, not null
     */
    public Dataset<Row> mrrRows() {
        ReportingPeriod span = months();
        LedgerSource.PartitionLedger build = source.partitionLedger(span);
        MapPartitionsFunction<Row, Row> toRows = rows -> {
            List<Row> out = new ArrayList<>();
            for (MrrSnapshot s : LedgerFolds.snapshots(build.build(rows))) {
                for (Map.Entry<io.github.saasmetrics.customer.CustomerId, Money> e : s.mrr().entrySet()) {
                    out.add(RowFactory.create(e.getKey().value(), s.month().toString(), e.getValue().amount(),
                            e.getValue().currency().getCurrencyCode()));
                }
            }
            return out.iterator();
        };
        StructType schema = new StructType().add("customer", DataTypes.StringType, false)
                .add("month", DataTypes.StringType, false).add("mrr", DataTypes.createDecimalType(38, 4), false)
                .add("currency", DataTypes.StringType, false);
        return byCustomer().mapPartitions(toRows, Encoders.row(schema));
    }

    /**
     * The rows left out as bad input, each with its reason in a last column {@code reject_reason}
     * that names the column, the value and the customer. Empty under {@link BadRows#FAIL} unless
     * the job would fail.
     *
     * @return a lazy dataset of the input's columns plus {@code reject_reason}, not null
     */
    public Dataset<Row> rejectedRows() {
        return source.rejected();
    }

    /** Runs Spark jobs under a name that Spark's UI and listeners show for their stages. */
    private <T> T named(String name, java.util.function.Supplier<T> jobs) {
        org.apache.spark.SparkContext context = org.apache.spark.sql.SparkSession.active().sparkContext();
        context.setCallSite(name);
        try {
            return jobs.get();
        } finally {
            context.clearCallSite();
        }
    }

    private Dataset<Row> byCustomer() {
        Dataset<Row> usable = source.usable(badRows);
        return partitions > 0 ? usable.repartition(partitions, functions.col(source.customerColumn()))
                : usable.repartition(functions.col(source.customerColumn()));
    }

    private static StructType movementSchema() {
        return new StructType().add("customer", DataTypes.StringType, false).add("month", DataTypes.StringType, false)
                .add("type", DataTypes.StringType, false).add("amount", DataTypes.createDecimalType(38, 4), false)
                .add("before", DataTypes.createDecimalType(38, 4), false)
                .add("after", DataTypes.createDecimalType(38, 4), false)
                .add("currency", DataTypes.StringType, false);
    }

    /**
     * A summary naming the source, the bad-row policy and the partitions.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "SparkLedger[" + source.getClass().getSimpleName() + ", bad rows " + badRows + ", "
                + (partitions > 0 ? partitions + " partitions" : "spark.sql.shuffle.partitions") + "]";
    }
}
