package io.github.saasmetrics.benchmarks;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.ledger.MrrLedger;
import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Rows of (customer, month, MRR in minor units of the reporting currency), one per paying
 * customer-month, held in columns: what a billing export or a data warehouse hands over.
 *
 * <p>Customers and months are stored as indices into shared tables of {@link CustomerId} and
 * {@link YearMonth} objects, so feeding a builder allocates nothing per row. Month index 0 is the
 * ledger's opening month.
 *
 * <p>Instances are immutable once built and safe to read from several threads.
 */
public final class CustomerMonthRows {

    private final SyntheticSaas source;
    private final CustomerId[] ids;
    private final YearMonth[] months;
    private final int[] customer;
    private final byte[] month;
    private final long[] mrr;

    private CustomerMonthRows(SyntheticSaas source, CustomerId[] ids, YearMonth[] months, int[] customer,
            byte[] month, long[] mrr) {
        this.source = source;
        this.ids = ids;
        this.months = months;
        this.customer = customer;
        this.month = month;
        this.mrr = mrr;
    }

    /**
     * The business these rows describe.
     *
     * @return the source, not null
     */
    public SyntheticSaas source() {
        return source;
    }

    /**
     * The number of rows.
     *
     * @return zero or more
     */
    public int size() {
        return mrr.length;
    }

    /**
     * The customer of a row.
     *
     * @param row the row index
     * @return the customer, not null
     */
    public CustomerId customer(int row) {
        return ids[customer[row]];
    }

    /**
     * The customer number of a row.
     *
     * @param row the row index
     * @return the customer number, 0 to {@code source().customers() − 1}
     */
    public int customerNumber(int row) {
        return customer[row];
    }

    /**
     * The month of a row.
     *
     * @param row the row index
     * @return the month, not null
     */
    public YearMonth month(int row) {
        return months[month[row]];
    }

    /**
     * The month of a row as a count of months since year 0 ({@code year × 12 + month − 1}), so
     * that consecutive months are consecutive integers.
     *
     * @param row the row index
     * @return the epoch month
     */
    public int epochMonth(int row) {
        return epochMonth(months[month[row]]);
    }

    static int epochMonth(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    /**
     * The MRR of a row in minor units.
     *
     * @param row the row index
     * @return the MRR, positive
     */
    public long mrr(int row) {
        return mrr[row];
    }

    /**
     * The same rows in a random order.
     *
     * @param seed the seed of the permutation
     * @return the shuffled rows, not null
     */
    public CustomerMonthRows shuffled(long seed) {
        int n = size();
        int[] c = customer.clone();
        byte[] m = month.clone();
        long[] v = mrr.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tc = c[i];
            c[i] = c[j];
            c[j] = tc;
            byte tm = m[i];
            m[i] = m[j];
            m[j] = tm;
            long tv = v[i];
            v[i] = v[j];
            v[j] = tv;
        }
        return new CustomerMonthRows(source, ids, months, c, m, v);
    }

    /**
     * Adds every row to a builder, and sets the builder's months to the business's months.
     *
     * @param builder the builder, not null
     * @return the builder
     */
    public MrrLedgerBuilder addTo(MrrLedgerBuilder builder) {
        builder.months(source.openingMonth(), source.lastMonth());
        for (int i = 0; i < mrr.length; i++) {
            builder.add(ids[customer[i]], months[month[i]], mrr[i]);
        }
        return builder;
    }

    /**
     * Adds some rows to a builder, and sets the builder's months to the business's months.
     *
     * @param builder the builder, not null
     * @param rows the indices of the rows to add, not null
     * @param count how many of {@code rows} to add
     * @return the builder
     */
    public MrrLedgerBuilder addTo(MrrLedgerBuilder builder, int[] rows, int count) {
        builder.months(source.openingMonth(), source.lastMonth());
        for (int k = 0; k < count; k++) {
            int i = rows[k];
            builder.add(ids[customer[i]], months[month[i]], mrr[i]);
        }
        return builder;
    }

    /**
     * Builds the ledger of these rows with the builder's default conventions.
     *
     * @return the ledger, not null
     */
    public MrrLedger toLedger() {
        return addTo(MrrLedger.builder(source.currency())).build();
    }

    /**
     * Writes the rows as CSV with a header {@code customer,month,mrr}: the customer's identifier,
     * the {@link #epochMonth(int) epoch month} and the MRR in minor units.
     *
     * @param file the file to write, not null
     */
    public void writeCsv(Path file) {
        writeCsv(file, false);
    }

    /**
     * Writes the rows as CSV with a header {@code customer,month,mrr}, the customer as its identifier
     * or, with {@code integerKeys}, as its customer number (the numeric-key variant of the peer).
     *
     * @param file the file to write, not null
     * @param integerKeys whether to write customer numbers instead of identifiers
     */
    public void writeCsv(Path file, boolean integerKeys) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            String[] monthText = new String[months.length];
            for (int m = 0; m < months.length; m++) {
                monthText[m] = Integer.toString(epochMonth(months[m]));
            }
            w.write("customer,month,mrr\n");
            for (int i = 0; i < mrr.length; i++) {
                w.write(integerKeys ? Integer.toString(customer[i]) : ids[customer[i]].value());
                w.write(',');
                w.write(monthText[month[i]]);
                w.write(',');
                w.write(Long.toString(mrr[i]));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Appends rows in customer order. */
    static final class Collector {
        private final SyntheticSaas source;
        private int[] customer;
        private byte[] month;
        private long[] mrr;
        private int size;

        Collector(SyntheticSaas source, int capacity) {
            this.source = source;
            int c = Math.max(16, capacity);
            customer = new int[c];
            month = new byte[c];
            mrr = new long[c];
        }

        void add(int c, int m, long v) {
            if (size == mrr.length) {
                int n = size + (size >> 1);
                customer = Arrays.copyOf(customer, n);
                month = Arrays.copyOf(month, n);
                mrr = Arrays.copyOf(mrr, n);
            }
            customer[size] = c;
            month[size] = (byte) m;
            mrr[size] = v;
            size++;
        }

        CustomerMonthRows done() {
            int n = source.customers();
            CustomerId[] ids = new CustomerId[n];
            for (int i = 0; i < n; i++) {
                ids[i] = SyntheticSaas.customerId(i);
            }
            YearMonth[] months = new YearMonth[SyntheticSaas.MONTHS + 1];
            for (int m = 0; m < months.length; m++) {
                months[m] = source.openingMonth().plusMonths(m);
            }
            return new CustomerMonthRows(source, ids, months, Arrays.copyOf(customer, size),
                    Arrays.copyOf(month, size), Arrays.copyOf(mrr, size));
        }
    }
}
