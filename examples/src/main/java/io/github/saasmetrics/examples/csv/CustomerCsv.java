package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.customer.Customer;
import io.github.saasmetrics.customer.CustomerId;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;

/**
 * Customers and their segment attributes as CSV: a {@code customer} column, an optional
 * {@code first_paid_date}, and one column per attribute.
 *
 * <p>Example:
 * <pre>
 * customer,channel,plan,region,segment
 * cus_00001,organic,team,NA,smb
 * </pre>
 * Every column other than {@code customer} and {@code first_paid_date} is an attribute named by its
 * header; a blank cell means the customer has no such attribute. Identifiers must be unique.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class CustomerCsv {

    private static final String ID = "customer";
    private static final String FIRST_PAID = "first_paid_date";

    private CustomerCsv() {
    }

    /**
     * Reads CSV text.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, not null
     * @return the customers in input order, not null
     * @throws CsvFormatException if the {@code customer} column is missing, a value is bad or an id repeats
     */
    public static List<Customer> read(Reader in, String source) {
        Map<CustomerId, Long> seen = new HashMap<>();
        return CsvTable.read(in, source, List.of(ID), row -> {
            CustomerId id = CustomerId.of(row.required(ID));
            Long earlier = seen.putIfAbsent(id, row.line());
            if (earlier != null) {
                throw row.error(ID, "must be unique, and line " + earlier + " has the same id");
            }
            Map<String, String> attributes = new TreeMap<>();
            for (String column : row.columns()) {
                if (!column.equals(ID) && !column.equals(FIRST_PAID)) {
                    row.optional(column).ifPresent(v -> attributes.put(column, v));
                }
            }
            return new Customer(id, row.optionalDate(FIRST_PAID).orElse(null), attributes);
        });
    }

    /**
     * Writes customers: {@code customer}, {@code first_paid_date} if any customer has one, then
     * every attribute key in alphabetical order.
     *
     * @param customers the customers, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Collection<Customer> customers, Appendable out) {
        TreeSet<String> keys = new TreeSet<>();
        boolean firstPaid = false;
        for (Customer c : customers) {
            keys.addAll(c.attributes().keySet());
            firstPaid |= c.firstPaidDate() != null;
        }
        List<String> header = new ArrayList<>();
        header.add(ID);
        if (firstPaid) {
            header.add(FIRST_PAID);
        }
        header.addAll(keys);
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            printer.printRecord(header);
            for (Customer c : customers) {
                List<String> row = new ArrayList<>();
                row.add(c.id().value());
                if (firstPaid) {
                    row.add(c.firstPaidDate() == null ? "" : c.firstPaidDate().toString());
                }
                for (String key : keys) {
                    row.add(c.attributes().getOrDefault(key, ""));
                }
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
