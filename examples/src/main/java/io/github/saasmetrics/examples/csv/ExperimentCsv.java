package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.ExperimentUnit;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * A value experiment as CSV ({@link ExperimentUnit}): {@code customer,group,before,after}, where
 * {@code group} is {@code target} or {@code control} and {@code before} and {@code after} are the
 * KPI measured before and after, as decimals.
 *
 * <p>Example: {@code cus_01234,target,11,16}. A customer appears at most once.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ExperimentCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("customer", "group", "before", "after");

    private static final Map<String, Boolean> GROUPS = Map.of("target", true, "control", false);

    private ExperimentCsv() {
    }

    /**
     * Reads CSV text.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, not null
     * @return the units in input order, not null
     * @throws CsvFormatException if a column is missing, a value is bad or a customer repeats
     */
    public static List<ExperimentUnit> read(Reader in, String source) {
        Map<CustomerId, Long> seen = new HashMap<>();
        return CsvTable.read(in, source, COLUMNS, row -> {
            CustomerId customer = CustomerId.of(row.required("customer"));
            Long earlier = seen.putIfAbsent(customer, row.line());
            if (earlier != null) {
                throw row.error("customer", "must be unique, and line " + earlier + " has the same id");
            }
            boolean target = row.oneOf("group", row.required("group"), GROUPS);
            return new ExperimentUnit(customer, target, row.decimal("before"), row.decimal("after"));
        });
    }

    /**
     * Writes units.
     *
     * @param units the units, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Collection<ExperimentUnit> units, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            printer.printRecord(COLUMNS);
            for (ExperimentUnit u : units) {
                printer.printRecord(u.customer().value(), u.target() ? "target" : "control",
                        u.before().toPlainString(), u.after().toPlainString());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
