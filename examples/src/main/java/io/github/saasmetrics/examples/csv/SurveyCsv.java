package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.examples.sample.CsatRating;
import io.github.saasmetrics.surveys.NpsResponse;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Survey answers as CSV: NPS responses ({@code customer,date,score}, optionally {@code weight})
 * and support CSAT ratings ({@code customer,date,rating}).
 *
 * <p>Examples: {@code cus_00017,2024-03-05,9} (a promoter); {@code cus_00017,2024-03-09,4}.
 * Scores are whole numbers from 0 to 10, ratings from 1 to 5, weights positive decimals (see
 * {@link NpsResponse}). Other columns, such as a comment, are ignored.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class SurveyCsv {

    /** The columns of an NPS file, in order ({@code weight} is optional). */
    public static final List<String> NPS_COLUMNS = List.of("customer", "date", "score");

    /** The columns of a CSAT file, in order. */
    public static final List<String> CSAT_COLUMNS = List.of("customer", "date", "rating");

    private SurveyCsv() {
    }

    /**
     * Reads NPS responses.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, not null
     * @return the responses in input order, not null
     * @throws CsvFormatException if a column is missing or a value is bad
     */
    public static List<NpsResponse> readNps(Reader in, String source) {
        return CsvTable.read(in, source, NPS_COLUMNS, row -> {
            NpsResponse r = NpsResponse.of(CustomerId.of(row.required("customer")), row.integerBetween("score", 0, 10),
                    row.date("date"));
            var weight = row.optionalDecimal("weight");
            if (weight.isEmpty()) {
                return r;
            }
            double w = weight.get().doubleValue();
            if (!(w >= NpsResponse.MIN_WEIGHT && w <= NpsResponse.MAX_WEIGHT)) {
                throw row.error("weight", "must be from 1e-100 to 1e100");
            }
            return r.withWeight(w);
        });
    }

    /**
     * Writes NPS responses; the {@code weight} column only if a response has a weight.
     *
     * @param responses the responses, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeNps(Collection<NpsResponse> responses, Appendable out) {
        boolean weighted = responses.stream().anyMatch(r -> r.weight() != null);
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            if (weighted) {
                printer.printRecord("customer", "date", "score", "weight");
            } else {
                printer.printRecord(NPS_COLUMNS);
            }
            for (NpsResponse r : responses) {
                if (weighted) {
                    printer.printRecord(r.customer().value(), r.date(), r.score(),
                            r.weight() == null ? "" : r.weight().toString());
                } else {
                    printer.printRecord(r.customer().value(), r.date(), r.score());
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads CSAT ratings on the 1–5 scale.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, not null
     * @return the ratings in input order, not null
     * @throws CsvFormatException if a column is missing or a value is bad
     */
    public static List<CsatRating> readCsat(Reader in, String source) {
        return CsvTable.read(in, source, CSAT_COLUMNS, row -> new CsatRating(CustomerId.of(row.required("customer")),
                row.date("date"), row.integerBetween("rating", 1, 5)));
    }

    /**
     * Writes CSAT ratings.
     *
     * @param ratings the ratings, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeCsat(Collection<CsatRating> ratings, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            printer.printRecord(CSAT_COLUMNS);
            for (CsatRating r : ratings) {
                printer.printRecord(r.customer().value(), r.date(), r.rating());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
