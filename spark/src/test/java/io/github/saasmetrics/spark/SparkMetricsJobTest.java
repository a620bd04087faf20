package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on the bundled sample rows: what it prints and writes is core's bridge, churn and cohorts. */
class SparkMetricsJobTest {

    /** The sample MRR rows file: the sample business's subscription ledger as (customer, month, mrr) in USD. */
    static final Path SAMPLE_FILE = Paths.get("src/test/resources/sample/mrr-rows.csv.gz");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }


    /** The file's lines: a header, then one line per customer-month with MRR. */
    static List<String> sampleLines() {
        List<String> lines = new ArrayList<>();
        lines.add("customer,month,mrr");
        for (Row r : SampleRows.mrrRows(SampleRows.SUBSCRIPTION_LEDGER)) {
            lines.add(r.getString(0) + "," + r.getString(1) + "," + BigDecimal.valueOf(r.getLong(2), 2).toPlainString());
        }
        return lines;
    }

    static MrrLedger sampleRowsLedger() {
        MrrLedgerBuilder b = MrrLedger.builder(SampleRows.DATA.reportingCurrency());
        for (Row r : SampleRows.mrrRows(SampleRows.SUBSCRIPTION_LEDGER)) {
            b.add(CustomerId.of(r.getString(0)), YearMonth.parse(r.getString(1)), r.getLong(2));
        }
        return b.build();
    }

    @Test
    void theSampleFileHoldsTheSampleLedgersRows() throws IOException {
        if (Boolean.getBoolean("saasmetrics.regenerate")) {
            Files.createDirectories(SAMPLE_FILE.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(SAMPLE_FILE))) {
                out.write((String.join("\n", sampleLines()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE_FILE))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(sampleLines(), List.of(text.split("\n")));
        }
    }

    @Test
    void theJobWritesAndPrintsCoresResults(@TempDir Path dir) {
        MrrLedger core = sampleRowsLedger();
        MrrBridgeTable bridge = MrrMovements.monthly(core);
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LedgerMetrics metrics;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            metrics = SparkMetricsJob.run(spark, SparkMetricsJob.options(new String[] {"--input",
                SAMPLE_FILE.toString(), "--output", dir.toString(), "--partitions", "3"}));
        } finally {
            System.setOut(stdout);
        }
        assertEquals(bridge, metrics.bridge());
        CohortTable cohorts = CohortTable.of(core);
        assertEquals(cohorts, metrics.cohorts(CohortGrouping.MONTH));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains(bridge.toString()));
        List<Row> written = spark.read().option("header", "true").csv(dir.resolve("bridge").toString())
                .orderBy("period").collectAsList();
        assertEquals(bridge.size(), written.size());
        for (int i = 0; i < bridge.size(); i++) {
            assertEquals(bridge.get(i).period().toString(), written.get(i).getAs("period"));
            assertEquals(0, bridge.get(i).end().amount().compareTo(new BigDecimal(written.get(i).<String>getAs("end"))));
        }
        long cells = cohorts.cohorts().stream().mapToLong(r -> r.cells().size()).sum();
        assertEquals(cells, spark.read().option("header", "true").csv(dir.resolve("cohorts").toString()).count());
        assertEquals(metrics.churn().size(),
                spark.read().option("header", "true").csv(dir.resolve("churn").toString()).count());
    }

    @Test
    void optionsComeInPairs() {
        assertEquals(Map.of("input", "x"), SparkMetricsJob.options(new String[] {"--input", "x"}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SparkMetricsJob.options(new String[] {"--input"}));
    }
}
