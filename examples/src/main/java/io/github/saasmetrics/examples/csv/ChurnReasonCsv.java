package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.retention.ChurnReason;
import io.github.saasmetrics.retention.ChurnReasonRecord;
import io.github.saasmetrics.retention.ChurnType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Churn reasons as CSV ({@link ChurnReasonRecord}): {@code customer,month,reason,type,note}, where
 * {@code month} is the month the churn shows in the ledger ({@code 2024-03}), {@code reason} a
 * category (one of the defaults, such as {@code price} or {@code payment failure}, or your own),
 * {@code type} {@code voluntary} or {@code involuntary} (optional: empty means the default reason's
 * type, or voluntary for a category of your own), and {@code note} optional free text.
 *
 * <p>Example: {@code cus_01234,2024-03,competitor,voluntary,moved to a cheaper rival}. A customer
 * has at most one reason per month.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ChurnReasonCsv {

    /** The columns, in order; {@code type} and {@code note} may be empty. */
    public static final List<String> COLUMNS = List.of("customer", "month", "reason", "type", "note");

    private static final Map<String, ChurnType> TYPES = Map.of("voluntary", ChurnType.VOLUNTARY, "involuntary",
            ChurnType.INVOLUNTARY);

    private ChurnReasonCsv() {
    }

    /**
     * Reads CSV text.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, not null
     * @return the records in input order, not null
     * @throws CsvFormatException if a column is missing, a value is bad, or a customer has two reasons in a month
     */
    public static List<ChurnReasonRecord> read(Reader in, String source) {
        Map<String, Long> seen = new HashMap<>();
        return CsvTable.read(in, source, List.of("customer", "month", "reason"), row -> {
            CustomerId customer = CustomerId.of(row.required("customer"));
            String monthText = row.required("month");
            YearMonth month;
            try {
                month = YearMonth.parse(monthText);
            } catch (DateTimeParseException e) {
                throw row.error("month", "must be a month such as 2024-03");
            }
            Long earlier = seen.putIfAbsent(customer.value() + " " + month, row.line());
            if (earlier != null) {
                throw row.error("month", "has a second reason for " + customer + " in " + month + " (line " + earlier
                        + " has the first)");
            }
            String category = row.required("reason");
            String typeText = row.optional("type").orElse("");
            ChurnReason reason;
            try {
                reason = typeText.isEmpty() ? ChurnReason.parse(category)
                        : ChurnReason.of(category, row.oneOf("type", typeText.toLowerCase(Locale.ROOT), TYPES));
            } catch (CsvFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw row.error("reason", e.getMessage());
            }
            return new ChurnReasonRecord(customer, month, reason, row.optional("note").orElse(null));
        });
    }

    /**
     * Writes records.
     *
     * @param records the records, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Collection<ChurnReasonRecord> records, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            printer.printRecord(COLUMNS);
            for (ChurnReasonRecord r : records) {
                printer.printRecord(r.customer().value(), r.month(), r.reason().category(),
                        r.reason().type().name().toLowerCase(Locale.ROOT), r.note() == null ? "" : r.note());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
