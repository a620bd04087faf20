package io.github.saasmetrics.spark;

import io.github.saasmetrics.ledger.MrrLedgerBuilder;
import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.subscription.MrrConventions;
import io.github.saasmetrics.time.ReportingPeriod;
import java.time.YearMonth;
import java.util.Iterator;
import javax.annotation.Nullable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** MRR rows as laid out by {@link MrrColumns}, read into (customer, epoch month, minor units). */
final class MrrRowsSource implements LedgerSource {

    private static final long serialVersionUID = 1L;

    /** The usable rows: the customer as text, the month as an epoch month, the MRR in minor units. */
    static final StructType USABLE = new StructType().add("customer", DataTypes.StringType, false)
            .add("epoch_month", DataTypes.IntegerType, false).add("mrr_minor", DataTypes.LongType, false);

    private final transient Dataset<Row> input;
    private final MrrColumns columns;
    private final MrrConventions conventions;
    private final MrrRowReader reader;
    @Nullable
    private final YearMonth first;
    @Nullable
    private final YearMonth last;

    MrrRowsSource(Dataset<Row> input, MrrColumns columns, @Nullable ExchangeRates rates, MrrConventions conventions,
            @Nullable YearMonth first, @Nullable YearMonth last) {
        this.input = input;
        this.columns = columns;
        this.conventions = conventions;
        this.first = first;
        this.last = last;
        this.reader = MrrRowReader.of(input.schema(), columns, rates, conventions.measurementInstant(), first, last);
    }

    @Override
    public Dataset<Row> usable(BadRows badRows) {
        return input.mapPartitions(new ReadRows(reader, badRows), Encoders.row(USABLE));
    }

    @Override
    public Dataset<Row> rejected() {
        StructType schema = input.schema().add("reject_reason", DataTypes.StringType, false);
        return input.mapPartitions(new RejectRows(reader), Encoders.row(schema));
    }

    /** The same rows with explicit months. */
    MrrRowsSource withMonths(YearMonth firstMonth, YearMonth lastMonth) {
        return new MrrRowsSource(input, columns, reader.rates(), conventions, firstMonth, lastMonth);
    }

    @Override
    public java.util.Currency currency() {
        return columns.reportingCurrency();
    }

    @Override
    public String customerColumn() {
        return "customer";
    }

    @Override
    public ReportingPeriod months(BadRows badRows) {
        if (first != null) {
            return ReportingPeriod.months(first, last);
        }
        Row range = usable(badRows).agg(functions.min("epoch_month"), functions.max("epoch_month")).first();
        if (range.isNullAt(0)) {
            throw new IllegalStateException("an MRR ledger needs rows or explicit months, but had neither");
        }
        // As core's builder does: the month before the earliest row opens the ledger, with no MRR.
        return ReportingPeriod.months(MrrRowReader.ofEpochMonth(range.getInt(0) - 1),
                MrrRowReader.ofEpochMonth(range.getInt(1)));
    }

    @Override
    public PartitionLedger partitionLedger(ReportingPeriod months) {
        YearMonth from = months.firstMonth();
        YearMonth to = months.lastMonth();
        java.util.Currency currency = columns.reportingCurrency();
        MrrConventions c = conventions;
        return rows -> {
            MrrLedgerBuilder builder = LedgerFolds.rowsBuilder(currency, from, to, c);
            while (rows.hasNext()) {
                Row r = rows.next();
                LedgerFolds.addRow(builder, r.getString(0), r.getInt(1), r.getLong(2));
            }
            return builder.build();
        };
    }

    /** Reads rows; a bad row fails the partition or is skipped (it is listed by {@link RejectRows}). */
    private static final class ReadRows implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final MrrRowReader reader;
        private final BadRows badRows;

        ReadRows(MrrRowReader reader, BadRows badRows) {
            this.reader = reader;
            this.badRows = badRows;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            MrrRowReader.Parsed parsed = new MrrRowReader.Parsed();
            return new Iterator<>() {
                private Row next = advance();

                private Row advance() {
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        String reason = reader.read(row, parsed);
                        if (reason == null) {
                            return RowFactory.create(parsed.customer, parsed.month, parsed.mrr);
                        }
                        if (badRows == BadRows.FAIL) {
                            throw new IllegalArgumentException("bad MRR row: " + reason);
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row r = next;
                    next = advance();
                    return r;
                }
            };
        }
    }

    /** The bad rows, with their reason appended. */
    private static final class RejectRows implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final MrrRowReader reader;

        RejectRows(MrrRowReader reader) {
            this.reader = reader;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            MrrRowReader.Parsed parsed = new MrrRowReader.Parsed();
            // Lazily, like the usable rows: a partition of bad rows is never held in memory at once.
            return new Iterator<>() {
                private Row next = advance();

                private Row advance() {
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        String reason = reader.read(row, parsed);
                        if (reason != null) {
                            Object[] values = new Object[row.length() + 1];
                            for (int i = 0; i < row.length(); i++) {
                                values[i] = row.get(i);
                            }
                            values[row.length()] = reason;
                            return RowFactory.create(values);
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row r = next;
                    next = advance();
                    return r;
                }
            };
        }
    }
}
