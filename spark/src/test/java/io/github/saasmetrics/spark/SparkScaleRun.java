package io.github.saasmetrics.spark;

import io.github.saasmetrics.benchmarks.CustomerMonthRows;
import io.github.saasmetrics.benchmarks.SyntheticSaas;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.cohort.CohortGrouping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The scale measurement (not a test): the synthetic business of the benchmarks module, 1 M
 * customers and about 12 M MRR rows, through core on one thread and through the Spark ledger on
 * {@code local[2]} from Parquet, with the same metric set as {@link SparkMetricsJob}; checks that the
 * answers are equal and prints rows per second and Spark's time per stage.
 *
 * <p>Run with {@code ./mvnw -B -o -q -pl spark -am -Pspark-scale test-compile} (see spark/README.md).
 */
public final class SparkScaleRun {

    private SparkScaleRun() {
    }

    /** Collects every completed stage. */
    static final class Stages extends SparkListener {
        final List<StageInfo> done = new ArrayList<>();

        @Override
        public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
            done.add(event.stageInfo());
        }

        synchronized List<StageInfo> take() {
            List<StageInfo> out = new ArrayList<>(done);
            done.clear();
            return out;
        }
    }

    /** What core computes on one thread: each metric of the set with core's public methods. */
    static LedgerMetrics coreMetrics(MrrLedger ledger, MetricSet set) {
        MetricSet.Resolved r = set.resolve(ledger.firstMonth(), ledger.lastMonth());
        var churn = new java.util.TreeMap<io.github.saasmetrics.time.ReportingPeriod,
                io.github.saasmetrics.retention.ChurnResult>();
        r.churn().forEach(p -> churn.put(p, io.github.saasmetrics.retention.CustomerChurn.measure(ledger, p)));
        var retention = new java.util.TreeMap<io.github.saasmetrics.time.ReportingPeriod,
                io.github.saasmetrics.retention.RevenueRetentionResult>();
        r.retention().forEach(p -> retention.put(p, io.github.saasmetrics.retention.RevenueRetention.measure(ledger, p)));
        var trailing = new java.util.TreeMap<YearMonth, io.github.saasmetrics.retention.RevenueRetentionResult>();
        r.trailing().forEach(m -> trailing.put(m,
                io.github.saasmetrics.retention.RevenueRetention.trailingTwelveMonths(ledger, m)));
        var cohorts = new java.util.EnumMap<CohortGrouping, io.github.saasmetrics.cohort.CohortTable>(
                CohortGrouping.class);
        r.cohorts().forEach(g -> cohorts.put(g, io.github.saasmetrics.cohort.CohortTable.of(ledger, g)));
        return new LedgerMetrics(ledger.period(), io.github.saasmetrics.mrr.MrrMovements.monthly(ledger), churn,
                retention, trailing, cohorts, null);
    }

    /** CPU time of the whole process (every thread: Spark's, the JIT's, the collector's), in seconds. */
    static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.parseInt(System.getProperty("spark.scale.customers", "1000000"));
        int partitions = Integer.parseInt(System.getProperty("spark.scale.partitions", "8"));
        Path dir = Paths.get(System.getProperty("spark.scale.dir", "target/scale"));
        Files.createDirectories(dir);
        System.out.println("load before: " + Files.readString(Paths.get("/proc/loadavg")).trim());
        MetricSet set = MetricSet.builder().bridge().churn(PeriodGrid.MONTH).churn(PeriodGrid.QUARTER)
                .revenueRetention(PeriodGrid.MONTH).revenueRetention(PeriodGrid.QUARTER).trailingTwelveMonths()
                .cohorts(CohortGrouping.MONTH).build();

        long t0 = System.nanoTime();
        SyntheticSaas saas = SyntheticSaas.of(customers, 20240101);
        CustomerMonthRows rows = saas.rows().shuffled(7);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "generated %,d rows of %,d customers in %.1f s%n", rows.size(), customers,
                (t1 - t0) / 1e9);

        // Core on one thread: rows in memory to ledger to the metric set.
        LedgerMetrics core = null;
        for (int run = 1; run <= 2; run++) {
            double cpu = processCpu();
            long a = System.nanoTime();
            MrrLedger ledger = rows.toLedger();
            long b = System.nanoTime();
            core = coreMetrics(ledger, set);
            long c = System.nanoTime();
            double used = processCpu() - cpu;
            System.out.printf(Locale.ROOT, "core run %d: build %.2f s, metrics %.2f s, total %.2f s wall, %,.0f rows/s;"
                    + " process CPU %.2f s, %,.0f rows per CPU-second%n", run, (b - a) / 1e9, (c - b) / 1e9,
                    (c - a) / 1e9, rows.size() / ((c - a) / 1e9), used, rows.size() / used);
        }

        SparkSession spark = SparkSession.builder().master("local[2]").appName("saasmetrics-scale")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        Stages stages = new Stages();
        spark.sparkContext().addSparkListener(stages);
        Path csv = dir.resolve("rows.csv");
        Path parquet = dir.resolve("rows-" + customers + ".parquet");
        if (!Files.exists(parquet)) {
            rows.writeCsv(csv);
            StructType schema = new StructType().add("customer", DataTypes.StringType)
                    .add("month", DataTypes.IntegerType).add("mrr", DataTypes.LongType);
            spark.read().option("header", "true").schema(schema).csv(csv.toString()).repartition(8).write()
                    .mode(SaveMode.Overwrite).parquet(parquet.toString());
            Files.delete(csv);
        }
        stages.take();
        MrrColumns columns = MrrColumns.of(saas.currency()).withMonthIndex("month", YearMonth.of(0, 1));
        for (int run = 1; run <= 2; run++) {
            double cpu = processCpu();
            long a = System.nanoTime();
            LedgerMetrics actual = SparkLedger.ofMrrRows(spark.read().parquet(parquet.toString()), columns)
                    .withPartitions(partitions).metrics(set);
            long b = System.nanoTime();
            double used = processCpu() - cpu;
            System.out.printf(Locale.ROOT, "spark run %d (local[2], %d partitions, from Parquet): %.2f s wall, %,.0f rows/s;"
                    + " process CPU %.2f s, %,.0f rows per CPU-second; equal to core: %s%n", run, partitions,
                    (b - a) / 1e9, rows.size() / ((b - a) / 1e9), used, rows.size() / used, actual.equals(core));
            for (StageInfo s : stages.take()) {
                var m = s.taskMetrics();
                System.out.printf(Locale.ROOT, "  stage %2d %-28s tasks %3d  wall %6.2f s  task run %6.2f s  cpu %6.2f s"
                        + "  deserialize cpu %5.2f s  gc %5.2f s  shuffle write %6.1f MB  shuffle read %6.1f MB%n",
                        s.stageId(),
                        s.name().length() > 28 ? s.name().substring(0, 28) : s.name(), s.numTasks(),
                        ((Long) s.completionTime().get() - (Long) s.submissionTime().get()) / 1e3,
                        m.executorRunTime() / 1e3, m.executorCpuTime() / 1e9, m.executorDeserializeCpuTime() / 1e9,
                        m.jvmGCTime() / 1e3,
                        m.shuffleWriteMetrics().bytesWritten() / 1e6, m.shuffleReadMetrics().totalBytesRead() / 1e6);
            }
            if (!actual.equals(core)) {
                throw new AssertionError("Spark's results differ from core's");
            }
        }
        spark.stop();
        System.out.println("load after: " + Files.readString(Paths.get("/proc/loadavg")).trim());
    }
}
