package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import java.util.concurrent.Executor;

/**
 * The same rows as a {@link CustomerMonthRows}, as the columns a user with a billing export, a JDBC
 * result or a Parquet reader holds: the customer as text (one {@code String} per customer, shared
 * by its rows, as a dictionary-encoded column decodes) or as a numeric key (the customer number, a
 * warehouse's surrogate key), the month as an epoch month ({@code year × 12 + month − 1}) and the
 * MRR in minor units. Made once per fork, outside the timed code.
 *
 * @param source the rows these columns hold
 * @param ids each row's customer identifier
 * @param keys each row's customer number
 * @param months each row's epoch month
 * @param mrr each row's MRR in minor units
 */
public record ColumnRows(CustomerMonthRows source, String[] ids, long[] keys, int[] months, long[] mrr) {

    /**
     * The columns of some rows, in their order.
     *
     * @param rows the rows, not null
     * @return the columns, not null
     */
    public static ColumnRows of(CustomerMonthRows rows) {
        int n = rows.size();
        String[] texts = new String[rows.source().customers()];
        String[] ids = new String[n];
        long[] keys = new long[n];
        int[] months = new int[n];
        long[] mrr = new long[n];
        for (int i = 0; i < n; i++) {
            int c = rows.customerNumber(i);
            if (texts[c] == null) {
                texts[c] = rows.customer(i).value();
            }
            ids[i] = texts[c];
            keys[i] = c;
            months[i] = rows.epochMonth(i);
            mrr[i] = rows.mrr(i);
        }
        return new ColumnRows(rows, ids, keys, months, mrr);
    }

    private MrrLedgerBuilder builder() {
        SyntheticSaas s = source.source();
        return MrrLedger.builder(s.currency()).months(s.openingMonth(), s.lastMonth());
    }

    /**
     * The ledger from the text identifiers, built on the calling thread.
     *
     * @return the ledger, not null
     */
    public MrrLedger textLedger() {
        return builder().addAll(ids, months, mrr).build();
    }

    /**
     * The ledger from the numeric keys, built on the calling thread.
     *
     * @return the ledger, not null
     */
    public MrrLedger keyLedger() {
        return builder().addAll(keys, months, mrr).build();
    }

    /**
     * The ledger from the text identifiers, built in parallel.
     *
     * @param parts the number of customer groups
     * @param executor runs all groups but the last
     * @return the ledger, not null
     */
    public MrrLedger textLedger(int parts, Executor executor) {
        return builder().addAll(ids, months, mrr).build(parts, executor);
    }

    /**
     * The ledger from the numeric keys, built in parallel.
     *
     * @param parts the number of customer groups
     * @param executor runs all groups but the last
     * @return the ledger, not null
     */
    public MrrLedger keyLedger(int parts, Executor executor) {
        return builder().addAll(keys, months, mrr).build(parts, executor);
    }
}
