package io.github.saasmetrics.spark;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.SampleData;
import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrSnapshot;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.subscription.StatusChange;
import io.github.saasmetrics.subscription.Subscription;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The bundled sample business as Spark rows: its subscriptions, and the MRR rows they come to. */
final class SampleRows {

    static final SampleDataset DATA = SampleData.generate();
    static final MrrLedger SUBSCRIPTION_LEDGER = MrrLedger.fromSubscriptions(DATA.subscriptions(), DATA.period(),
            MrrConventions.defaults(), DATA.rates());

    static final StructType MRR_SCHEMA = new StructType().add("customer", DataTypes.StringType)
            .add("month", DataTypes.StringType).add("mrr", DataTypes.LongType);

    static final StructType SUBSCRIPTION_SCHEMA = new StructType().add("id", DataTypes.StringType)
            .add("customer", DataTypes.StringType).add("plan", DataTypes.StringType)
            .add("currency", DataTypes.StringType).add("unit_price", DataTypes.createDecimalType(12, 2))
            .add("quantity", DataTypes.LongType).add("interval", DataTypes.StringType)
            .add("start", DataTypes.DateType).add("end", DataTypes.DateType)
            .add("cancel_requested_at", DataTypes.DateType).add("trial_end", DataTypes.DateType)
            .add("status_changes", new ArrayType(new StructType().add("date", DataTypes.DateType)
                    .add("status", DataTypes.StringType), false))
            .add("discounts", new ArrayType(new StructType().add("percent_off", DataTypes.createDecimalType(5, 2))
                    .add("amount_off", DataTypes.createDecimalType(12, 2)).add("duration", DataTypes.StringType)
                    .add("months", DataTypes.IntegerType), false));

    private SampleRows() {
    }

    /** Every customer-month with MRR in a ledger, in minor units, as (customer, yyyy-MM, mrr). */
    static List<Row> mrrRows(MrrLedger ledger) {
        List<Row> rows = new ArrayList<>();
        for (YearMonth m : ledger.months()) {
            MrrSnapshot s = ledger.snapshot(m);
            for (Map.Entry<CustomerId, Money> e : s.mrr().entrySet()) {
                rows.add(RowFactory.create(e.getKey().value(), m.toString(), e.getValue().minorUnits()));
            }
        }
        return rows;
    }

    static List<Row> subscriptionRows(List<Subscription> subscriptions) {
        List<Row> rows = new ArrayList<>();
        for (Subscription s : subscriptions) {
            List<Row> statuses = new ArrayList<>();
            for (StatusChange c : s.statusChanges()) {
                statuses.add(RowFactory.create(Date.valueOf(c.date()), c.status().name()));
            }
            List<Row> discounts = new ArrayList<>();
            for (Discount d : s.discounts()) {
                discounts.add(RowFactory.create(d.percentOff(), d.amountOff() == null ? null : d.amountOff().amount(),
                        d.duration().name(), d.months()));
            }
            rows.add(RowFactory.create(s.id(), s.customer().value(), s.plan(),
                    s.unitPrice().currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT), s.unitPrice().amount(),
                    s.quantity(), s.interval().toString(), date(s.start()), date(s.end()), date(s.cancelRequestedAt()),
                    date(s.trialEnd()), statuses, discounts));
        }
        return rows;
    }

    private static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
