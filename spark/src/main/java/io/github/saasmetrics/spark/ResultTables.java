package io.github.saasmetrics.spark;

import io.github.saasmetrics.mrr.MrrBridge;
import io.github.saasmetrics.mrr.MrrBridgeTable;
import io.github.saasmetrics.retention.ChurnDenominator;
import io.github.saasmetrics.retention.ChurnResult;
import io.github.saasmetrics.cohort.CohortCell;
import io.github.saasmetrics.cohort.CohortRow;
import io.github.saasmetrics.cohort.CohortTable;
import io.github.saasmetrics.retention.RevenueRetentionResult;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Results as small Spark datasets, one row per period or cohort cell, to write as CSV or Parquet.
 * Amounts are decimals of the reporting currency; a rate is a decimal fraction to 10 places,
 * rounded half-even, or null where it is undefined (a zero denominator).
 */
public final class ResultTables {

    private static final DataType MONEY = DataTypes.createDecimalType(38, 4);
    private static final DataType RATE = DataTypes.createDecimalType(38, 10);

    private ResultTables() {
    }

    /**
     * The bridge table: one row per month, with every amount and customer count.
     *
     * @param spark the session, not null
     * @param table the bridges, not null
     * @return the dataset, not null
     */
    public static Dataset<Row> bridge(SparkSession spark, MrrBridgeTable table) {
        StructType schema = new StructType().add("period", DataTypes.StringType, false).add("currency",
                DataTypes.StringType, false);
        for (String n : new String[] {"start", "new_business", "reactivation", "expansion", "contraction", "churn", "fx",
            "end", "net_new_mrr"}) {
            schema = schema.add(n, MONEY, false);
        }
        for (String n : new String[] {"customers_at_start", "new_customers", "reactivated_customers",
            "churned_customers", "customers_at_end", "expanded_customers", "contracted_customers",
            "joined_and_churned_customers"}) {
            schema = schema.add(n, DataTypes.LongType, false);
        }
        List<Row> rows = new ArrayList<>();
        for (MrrBridge b : table) {
            rows.add(RowFactory.create(b.period().toString(), b.start().currency().getCurrencyCode(), b.start().amount(),
                    b.newBusiness().amount(), b.reactivation().amount(), b.expansion().amount(),
                    b.contraction().amount(), b.churn().amount(), b.fx().amount(), b.end().amount(),
                    b.netNewMrr().amount(), b.customersAtStart(), b.newCustomers(), b.reactivatedCustomers(),
                    b.churnedCustomers(), b.customersAtEnd(), b.expandedCustomers(), b.contractedCustomers(),
                    b.joinedAndChurnedCustomers()));
        }
        return spark.createDataFrame(rows, schema);
    }

    /**
     * Customer churn: one row per period, with its counts and the rate under every denominator.
     *
     * @param spark the session, not null
     * @param churn the results by period, not null
     * @return the dataset, not null
     */
    public static Dataset<Row> churn(SparkSession spark, Map<ReportingPeriod, ChurnResult> churn) {
        StructType schema = new StructType().add("period", DataTypes.StringType, false);
        for (String n : new String[] {"customers_at_start", "customers_at_end", "retained_customers", "joined_customers",
            "churn_events", "churned_customers", "join_and_churn_customers", "exposure_half_days"}) {
            schema = schema.add(n, DataTypes.LongType, false);
        }
        for (ChurnDenominator d : ChurnDenominator.values()) {
            schema = schema.add("rate_" + d.name().toLowerCase(java.util.Locale.ROOT), RATE, true);
        }
        List<Row> rows = new ArrayList<>();
        for (ChurnResult r : churn.values()) {
            List<Object> v = new ArrayList<>(List.of(r.period().toString(), r.customersAtStart(), r.customersAtEnd(),
                    r.retainedCustomers(), r.joinedCustomers(), r.churnEvents(), r.churnedCustomers(),
                    r.joinAndChurnCustomers(), r.exposureHalfDays()));
            for (ChurnDenominator d : ChurnDenominator.values()) {
                if (d == ChurnDenominator.DAILY_SUM) {
                    v.add(r.dailySum().defined() ? BigDecimal.valueOf(r.dailySum().value()).setScale(10,
                            RoundingMode.HALF_EVEN) : null);
                } else {
                    v.add(rate(r.rate(d)));
                }
            }
            rows.add(RowFactory.create(v.toArray()));
        }
        return spark.createDataFrame(rows, schema);
    }

    /**
     * Revenue retention: one row per period, with its amounts, GRR and NRR.
     *
     * @param spark the session, not null
     * @param retention the results by period (or by the last month of trailing twelve months), not null
     * @return the dataset, not null
     */
    public static Dataset<Row> revenueRetention(SparkSession spark, Map<?, RevenueRetentionResult> retention) {
        StructType schema = new StructType().add("period", DataTypes.StringType, false)
                .add("customers", DataTypes.LongType, false);
        for (String n : new String[] {"start", "expansion", "contraction", "churn", "reactivation", "fx", "end"}) {
            schema = schema.add(n, MONEY, false);
        }
        schema = schema.add("grr", RATE, true).add("nrr", RATE, true);
        List<Row> rows = new ArrayList<>();
        for (RevenueRetentionResult r : retention.values()) {
            rows.add(RowFactory.create(r.period().toString(), r.customers(), r.start().amount(), r.expansion().amount(),
                    r.contraction().amount(), r.churn().amount(), r.reactivation().amount(), r.fx().amount(),
                    r.end().amount(), rate(r.grr()), rate(r.nrr())));
        }
        return spark.createDataFrame(rows, schema);
    }

    /**
     * A cohort table: one row per observed cell.
     *
     * @param spark the session, not null
     * @param table the table, not null
     * @return the dataset of (cohort, size, age, customers, mrr, retained_mrr, logo_retention, nrr, grr), not null
     */
    public static Dataset<Row> cohorts(SparkSession spark, CohortTable table) {
        StructType schema = new StructType().add("cohort", DataTypes.StringType, false)
                .add("size", DataTypes.LongType, false).add("age", DataTypes.IntegerType, false)
                .add("customers", DataTypes.LongType, false).add("mrr", MONEY, false).add("retained_mrr", MONEY, false)
                .add("logo_retention", RATE, true).add("nrr", RATE, true).add("grr", RATE, true);
        List<Row> rows = new ArrayList<>();
        for (CohortRow row : table.cohorts()) {
            for (CohortCell cell : row.cells()) {
                int age = cell.age();
                rows.add(RowFactory.create(row.cohort().toString(), row.size(), age, cell.customers(),
                        cell.mrr().amount(), cell.retainedMrr().amount(), rate(row.logoRetention(age).orElseThrow()),
                        rate(row.netRevenueRetention(age).orElseThrow()),
                        rate(row.grossRevenueRetention(age).orElseThrow())));
            }
        }
        return spark.createDataFrame(rows, schema);
    }

    private static BigDecimal rate(Ratio r) {
        return r.defined() ? r.decimal(10, RoundingMode.HALF_EVEN) : null;
    }
}
