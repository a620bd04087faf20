package io.github.saasmetrics.spark;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where a {@link SparkLedger}'s customers come from (MRR rows or subscriptions): the usable rows,
 * keyed by a customer column, the rejected ones, the ledger's months, and how one partition's rows
 * become a core ledger.
 */
interface LedgerSource extends Serializable {

    /** The usable rows; with {@link BadRows#FAIL}, reading a bad row fails the job instead. */
    Dataset<Row> usable(BadRows badRows);

    /** The bad rows, each with its reason in a last column {@code reject_reason}. */
    Dataset<Row> rejected();

    /** The reporting currency. */
    java.util.Currency currency();

    /** The column of {@link #usable} that names the customer. */
    String customerColumn();

    /** The ledger's months, opening month included (may run a Spark job to find them). */
    ReportingPeriod months(BadRows badRows);

    /** One partition's usable rows as a ledger over the given months; every customer's rows are in it. */
    PartitionLedger partitionLedger(ReportingPeriod months);

    /** Builds one partition's ledger. */
    interface PartitionLedger extends Serializable {
        MrrLedger build(Iterator<Row> rows);
    }
}
