package io.github.saasmetrics.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Random ledgers with gaps, reactivations, several currencies and (from subscriptions) customers who
 * join and leave inside a month: Spark's results equal core's in 1, 3 and 17 partitions, with each
 * customer's rows scattered over several input partitions. Each try runs Spark jobs, so tries are few.
 */
class SparkLedgerProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth FIRST = YearMonth.of(2023, 1);
    private static final int MONTHS = 18;
    private static final ReportingPeriod PERIOD = ReportingPeriod.months(FIRST, FIRST.plusMonths(MONTHS - 1));
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP"};
    private static final ExchangeRates RATES = rates();
    private static final StructType ROWS = new StructType().add("customer", DataTypes.LongType)
            .add("month", DataTypes.IntegerType).add("mrr", DataTypes.StringType).add("currency", DataTypes.StringType);

    private static SparkSession spark;

    @BeforeContainer
    static void start() {
        spark = LocalSpark.session();
    }


    /** Monthly drifting rates from a month before the data, so every row and subscription has one. */
    private static ExchangeRates rates() {
        ExchangeRates.Builder b = ExchangeRates.builder(USD);
        Random random = new Random(7);
        for (int m = -2; m <= MONTHS + 2; m++) {
            LocalDate from = FIRST.plusMonths(m).atDay(1);
            b.rate("EUR", from, BigDecimal.valueOf(1000 + random.nextInt(200), 3).toPlainString());
            b.rate("GBP", from, BigDecimal.valueOf(1200 + random.nextInt(200), 3).toPlainString());
        }
        return b.build();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Integer> partitions() {
        return Arbitraries.of(1, 3, 17);
    }

    /**
     * Rows of (customer number, month index from 2023-01, MRR as decimal text, currency): each
     * customer pays in runs of months with gaps (churn and reactivation), some months split over
     * two rows that add up.
     */
    private static List<Row> randomRows(long seed) {
        Random random = new Random(seed);
        int customers = 1 + random.nextInt(40);
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            long id = 1000L + random.nextInt(100_000);
            String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            long mrr = 100 + random.nextInt(50_000);
            boolean paying = random.nextBoolean();
            for (int m = 0; m < MONTHS; m++) {
                if (random.nextInt(5) == 0) {
                    paying = !paying;
                }
                if (!paying) {
                    continue;
                }
                if (random.nextInt(4) == 0) {
                    mrr = Math.max(1, mrr + random.nextInt(20_000) - 10_000);
                }
                if (random.nextInt(6) == 0) {
                    long part = mrr / 3;
                    rows.add(row(id, m, part, currency));
                    rows.add(row(id, m, mrr - part, currency));
                } else {
                    rows.add(row(id, m, mrr, currency));
                }
            }
        }
        Collections.shuffle(rows, random);
        return rows;
    }

    private static Row row(long customer, int month, long minor, String currency) {
        return RowFactory.create(customer, month, BigDecimal.valueOf(minor, 2).toPlainString(), currency);
    }

    /** Core on one machine: each row converted at its month-end rate, as the Spark ledger does, then built. */
    private static MrrLedger coreOfRows(List<Row> rows, MrrConventions conventions) {
        MrrLedgerBuilder b = MrrLedger.builder(USD).conventions(conventions);
        for (Row r : rows) {
            YearMonth month = FIRST.plusMonths(r.getInt(1));
            Money amount = Money.of(Currency.getInstance(r.getString(3)), new BigDecimal(r.getString(2)));
            b.add(CustomerId.of(Long.toString(r.getLong(0))), month,
                    RATES.convert(amount, conventions.measurementInstant().in(month)));
        }
        return b.build();
    }

    @Property(tries = 10)
    void mrrRowsGiveCoresMetrics(@ForAll("seeds") long seed, @ForAll("partitions") int partitions) {
        List<Row> rows = randomRows(seed);
        MrrConventions conventions = seed % 2 == 0 ? MrrConventions.defaults() : MrrConventions.chartMogul();
        Dataset<Row> input = spark.createDataFrame(rows, ROWS).repartition(4);
        MrrColumns columns = MrrColumns.of(USD).withMonthIndex("month", FIRST).withMrr("mrr", AmountEncoding.DECIMAL)
                .withCurrencyColumn("currency");
        LedgerMetrics actual = SparkLedger.ofMrrRows(input, columns, conventions, RATES).withPartitions(partitions)
                .metrics(MetricSet.all());
        assertEquals(CoreMetrics.of(coreOfRows(rows, conventions), MetricSet.all()), actual);
    }

    /**
     * Subscriptions of a few days to a year and more, monthly, weekly or yearly, in three
     * currencies: many join and leave inside one month, some come back.
     */
    private static List<Subscription> randomSubscriptions(long seed) {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(40);
        List<Subscription> out = new ArrayList<>();
        String[] intervals = {"P1M", "P1M", "P1Y", "P1W", "P3M"};
        for (int i = 0; i < count; i++) {
            String customer = "c" + random.nextInt(12);
            LocalDate start = FIRST.atDay(1).plusDays(random.nextInt(MONTHS * 30));
            LocalDate end = random.nextInt(4) == 0 ? null : start.plusDays(1 + random.nextInt(random.nextBoolean() ? 25 : 400));
            Money price = Money.ofMinor(CURRENCIES[random.nextInt(CURRENCIES.length)], 100 + random.nextInt(40_000));
            out.add(Subscription.builder("s" + i, customer).plan("p" + random.nextInt(3)).price(price)
                    .quantity(1 + random.nextInt(3)).interval(BillingInterval.parse(intervals[random.nextInt(intervals.length)]))
                    .start(start).end(end).build());
        }
        return out;
    }

    @Property(tries = 10)
    void subscriptionsGiveCoresMetrics(@ForAll("seeds") long seed, @ForAll("partitions") int partitions) {
        List<Subscription> subscriptions = randomSubscriptions(seed);
        MrrConventions conventions = List.of(MrrConventions.defaults(), MrrConventions.chartMogul(),
                MrrConventions.stripe(), MrrConventions.lago()).get((int) Math.floorMod(seed, 4L));
        Dataset<Row> input = spark.createDataFrame(SampleRows.subscriptionRows(subscriptions),
                SampleRows.SUBSCRIPTION_SCHEMA).repartition(3);
        LedgerMetrics actual = SparkLedger.ofSubscriptions(input, SubscriptionColumns.defaults(), PERIOD, conventions,
                RATES).withPartitions(partitions).metrics(MetricSet.all());
        MrrLedger core = MrrLedger.fromSubscriptions(subscriptions, PERIOD, conventions, RATES);
        assertEquals(CoreMetrics.of(core, MetricSet.all()), actual);
    }
}
