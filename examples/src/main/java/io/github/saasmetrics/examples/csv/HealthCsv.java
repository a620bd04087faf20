package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.HealthObservation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;

/**
 * Health signals from product analytics and customer success as CSV, one row per customer and
 * day ({@link HealthObservation}):
 *
 * <pre>
 * customer,as_of,active_days,period_days,features_used,features_available,champion_changed,plan_usage,plan_limit,days_since_engagement,open_tickets
 * cus_00042,2024-06-30,12,30,5,12,false,8,10,21,1
 * </pre>
 *
 * <p>{@code customer} and {@code as_of} are required; every other column may be left out or left
 * blank for an unknown signal. Pairs go together: {@code active_days} with {@code period_days},
 * {@code features_used} with {@code features_available}, {@code plan_usage} with
 * {@code plan_limit}; the first of each pair is at most the second, except that usage may exceed
 * the plan's limit. A customer has at most one row per day.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class HealthCsv {

    /** Every column, in the order written; only {@code customer} and {@code as_of} are required. */
    public static final List<String> COLUMNS = List.of("customer", "as_of", "active_days", "period_days",
            "features_used", "features_available", "champion_changed", "plan_usage", "plan_limit",
            "days_since_engagement", "open_tickets");

    private static final int MAX = Integer.MAX_VALUE;

    private HealthCsv() {
    }

    /**
     * Reads CSV text.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, not null
     * @return the observations in input order, not null
     * @throws CsvFormatException if a required column is missing, a value is bad, half of a pair is
     *     missing, or a customer has two rows for one day
     */
    public static List<HealthObservation> read(Reader in, String source) {
        Map<String, Long> seen = new HashMap<>();
        return CsvTable.read(in, source, List.of("customer", "as_of"), row -> {
            CustomerId customer = CustomerId.of(row.required("customer"));
            LocalDate asOf = row.date("as_of");
            Long earlier = seen.putIfAbsent(customer.value() + "@" + asOf, row.line());
            if (earlier != null) {
                throw row.error("customer", "must have one row per as_of day, and line " + earlier
                        + " has the same customer and day");
            }
            Integer[] active = pair(row, "active_days", 0, "period_days", 1, true);
            Integer[] features = pair(row, "features_used", 0, "features_available", 1, true);
            Integer[] plan = pair(row, "plan_usage", 0, "plan_limit", 1, false);
            return new HealthObservation(customer, asOf, active[0], active[1], features[0], features[1],
                    row.optionalBoolean("champion_changed").orElse(null), plan[0], plan[1],
                    row.optionalInteger("days_since_engagement", 0, MAX).orElse(null),
                    row.optionalInteger("open_tickets", 0, MAX).orElse(null));
        });
    }

    /** Reads a count and its total, both or neither; the count at most the total if {@code bounded}. */
    private static Integer[] pair(CsvRow row, String part, int partMin, String whole, int wholeMin, boolean bounded) {
        Optional<Integer> p = row.optionalInteger(part, partMin, MAX);
        Optional<Integer> w = row.optionalInteger(whole, wholeMin, MAX);
        if (p.isPresent() && w.isEmpty()) {
            throw row.error(whole, "is required when " + part + " is given");
        }
        if (w.isPresent() && p.isEmpty()) {
            throw row.error(part, "is required when " + whole + " is given");
        }
        if (bounded && p.isPresent() && p.get() > w.get()) {
            throw row.error(part, "must be at most " + whole + " (" + w.get() + ")");
        }
        return new Integer[] {p.orElse(null), w.orElse(null)};
    }

    /**
     * Writes observations with every column; unknown signals are blank.
     *
     * @param observations the observations, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Collection<HealthObservation> observations, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            printer.printRecord(COLUMNS);
            for (HealthObservation o : observations) {
                printer.printRecord(o.customer().value(), o.asOf(), blank(o.activeDays()), blank(o.periodDays()),
                        blank(o.featuresUsed()), blank(o.featuresAvailable()), blank(o.championChanged()),
                        blank(o.planUsage()), blank(o.planLimit()), blank(o.daysSinceEngagement()),
                        blank(o.openTickets()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(Object value) {
        return value == null ? "" : value.toString();
    }
}
