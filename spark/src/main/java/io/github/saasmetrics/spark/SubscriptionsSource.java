package io.github.saasmetrics.spark;

import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Subscriptions as laid out by {@link SubscriptionColumns}; each partition's customers become a
 * ledger with core's {@code MrrLedger.fromSubscriptions} over the same period.
 */
final class SubscriptionsSource implements LedgerSource {

    private static final long serialVersionUID = 1L;

    private final transient Dataset<Row> input;
    private final SubscriptionRowReader reader;
    private final ReportingPeriod period;
    private final MrrConventions conventions;
    private final ExchangeRates rates;

    SubscriptionsSource(Dataset<Row> input, SubscriptionColumns columns, ReportingPeriod period,
            MrrConventions conventions, ExchangeRates rates) {
        this.input = Objects.requireNonNull(input, "subscriptions");
        this.reader = new SubscriptionRowReader(input.schema(), Objects.requireNonNull(columns, "columns"));
        this.period = Objects.requireNonNull(period, "period");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.rates = Objects.requireNonNull(rates, "rates");
        if (!period.wholeMonths()) {
            throw new IllegalArgumentException("period must be whole calendar months but was " + period);
        }
    }

    @Override
    public Dataset<Row> usable(BadRows badRows) {
        if (badRows == BadRows.FAIL) {
            return input;
        }
        SubscriptionRowReader r = reader;
        return input.filter((FilterFunction<Row>) row -> reason(r, row) == null);
    }

    private static String reason(SubscriptionRowReader reader, Row row) {
        try {
            reader.read(row);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public Dataset<Row> rejected() {
        StructType schema = input.schema().add("reject_reason", DataTypes.StringType, false);
        SubscriptionRowReader r = reader;
        MapPartitionsFunction<Row, Row> reject = rows -> {
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                String why = reason(r, row);
                if (why != null) {
                    Object[] values = new Object[row.length() + 1];
                    for (int i = 0; i < row.length(); i++) {
                        values[i] = row.get(i);
                    }
                    values[row.length()] = why;
                    out.add(RowFactory.create(values));
                }
            }
            return out.iterator();
        };
        return input.mapPartitions(reject, Encoders.row(schema));
    }

    @Override
    public Currency currency() {
        return rates.reportingCurrency();
    }

    @Override
    public String customerColumn() {
        return input.schema().fieldNames()[reader.customerIndex()];
    }

    @Override
    public ReportingPeriod months(BadRows badRows) {
        // Core rejects a subscription id that appears twice; customers in different partitions
        // would not meet, so the check runs once over the whole dataset.
        String id = input.schema().fieldNames()[reader.idIndex()];
        List<Row> twice = usable(badRows).groupBy(functions.col(id)).count()
                .filter(functions.col("count").gt(1)).limit(1).collectAsList();
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("subscription id '" + twice.get(0).get(0) + "' appears "
                    + twice.get(0).getLong(1) + " times");
        }
        return ReportingPeriod.months(period.firstMonth().minusMonths(1), period.lastMonth());
    }

    @Override
    public PartitionLedger partitionLedger(ReportingPeriod months) {
        SubscriptionRowReader r = reader;
        ReportingPeriod p = period;
        MrrConventions c = conventions;
        ExchangeRates x = rates;
        return rows -> {
            List<Subscription> subscriptions = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                subscriptions.add(r.read(row));
            }
            return LedgerFolds.ofSubscriptions(subscriptions, p, c, x);
        };
    }
}
