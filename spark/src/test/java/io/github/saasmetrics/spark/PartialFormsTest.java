package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ltv.LedgerLifetimes;
import io.github.saasmetrics.mrr.MrrMovements;
import io.github.saasmetrics.cohort.CohortGrouping;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.CustomerChurn;
import io.github.saasmetrics.retention.RevenueRetention;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Currency;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/**
 * The partial results travel between executors by Java serialization or, where a job sets
 * {@code spark.serializer} to Kryo, by Kryo; both carry every metric unchanged, and merging two
 * partials is core's {@code plus} of their results.
 */
class PartialFormsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final MrrLedger LEDGER = SampleRows.SUBSCRIPTION_LEDGER;
    private static final MetricSet.Resolved ALL = MetricSet.all().resolve(LEDGER.firstMonth(), LEDGER.lastMonth());

    @SuppressWarnings("unchecked")
    private static <T> T java(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T kryo(T value) {
        SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
        scala.reflect.ClassTag<Object> any = ClassTag$.MODULE$.Any();
        Object back = kryo.deserialize(kryo.serialize((Object) value, any), any);
        return (T) back;
    }

    @Test
    void everyMetricSurvivesJavaAndKryoSerialization() throws Exception {
        LedgerMetrics expected = CoreMetrics.of(LEDGER, MetricSet.all());
        PartialMetrics partial = LedgerFolds.fold(LEDGER, ALL);
        assertEquals(expected, partial.toMetrics());
        assertEquals(expected, java(partial).toMetrics());
        assertEquals(expected, kryo(partial).toMetrics());
    }

    @Test
    void mergingTwoHalvesIsCoresPlus() {
        io.github.saasmetrics.customer.CustomerId mid = LEDGER.customer(LEDGER.customerCount() / 2);
        List<MrrLedger> halves = List.of(LEDGER.filter(id -> id.compareTo(mid) < 0),
                LEDGER.filter(id -> id.compareTo(mid) >= 0));
        PartialMetrics merged = LedgerFolds.fold(halves.get(0), ALL).plus(LedgerFolds.fold(halves.get(1), ALL));
        assertEquals(CoreMetrics.of(LEDGER, MetricSet.all()), merged.toMetrics());
        ReportingPeriod q = ReportingPeriod.quarter(2024, 2);
        assertEquals(CustomerChurn.measure(halves.get(0), q).plus(CustomerChurn.measure(halves.get(1), q)),
                ChurnForm.of(CustomerChurn.measure(halves.get(0), q)).plus(ChurnForm.of(CustomerChurn.measure(halves.get(1), q)))
                        .value());
        assertEquals(RevenueRetention.measure(halves.get(0), q).plus(RevenueRetention.measure(halves.get(1), q)),
                RetentionForm.of(RevenueRetention.measure(halves.get(0), q))
                        .plus(RetentionForm.of(RevenueRetention.measure(halves.get(1), q))).value());
        assertEquals(CohortTable.of(halves.get(0), CohortGrouping.QUARTER).plus(CohortTable.of(halves.get(1),
                CohortGrouping.QUARTER)), CohortForm.of(CohortTable.of(halves.get(0), CohortGrouping.QUARTER), USD)
                        .plus(CohortForm.of(CohortTable.of(halves.get(1), CohortGrouping.QUARTER), USD)).value());
        assertEquals(MrrMovements.monthly(LEDGER), BridgeTableForm.of(MrrMovements.monthly(halves.get(0)), USD)
                .plus(BridgeTableForm.of(MrrMovements.monthly(halves.get(1)), USD)).value());
        assertEquals(LedgerLifetimes.survival(LEDGER), TenureForm.of(LedgerLifetimes.tenures(halves.get(0)))
                .plus(TenureForm.of(LedgerLifetimes.tenures(halves.get(1)))).value().toCurve());
    }

    @Test
    void anEmptyPartitionMergesAsNothing() {
        MrrLedger empty = MrrLedger.builder(USD).months(LEDGER.firstMonth(), LEDGER.lastMonth()).build();
        assertEquals(CoreMetrics.of(LEDGER, MetricSet.all()),
                LedgerFolds.fold(empty, ALL).plus(LedgerFolds.fold(LEDGER, ALL)).plus(LedgerFolds.fold(empty, ALL))
                        .toMetrics());
    }
}
