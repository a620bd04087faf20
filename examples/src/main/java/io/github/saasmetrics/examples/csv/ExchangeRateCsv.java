package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.examples.sample.ExchangeRate;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exchange rates as CSV: {@code currency,effective_from,rate}, where {@code rate} is units of the
 * reporting currency per unit of {@code currency}, in effect from {@code effective_from} until the
 * next row of the same currency.
 *
 * <p>Example: {@code eur,2024-03-01,1.0853}.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class ExchangeRateCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("currency", "effective_from", "rate");

    private ExchangeRateCsv() {
    }

    /**
     * Reads CSV text.
     *
     * @param in the text, not null; not closed
     * @param source the name to use in error messages, not null
     * @return the rates in input order, not null
     * @throws CsvFormatException if a column is missing or a value is bad
     */
    public static List<ExchangeRate> read(Reader in, String source) {
        return CsvTable.read(in, source, COLUMNS, row -> {
            Currency currency = row.currency("currency", "eur");
            BigDecimal rate = row.decimal("rate");
            if (rate.signum() <= 0) {
                throw row.error("rate", "must be positive");
            }
            if (rate.compareTo(ExchangeRate.MIN_RATE) < 0 || rate.compareTo(ExchangeRate.MAX_RATE) > 0) {
                throw row.error("rate", "must be from 1E-18 to 1E+18 (outside it every conversion gives zero or overflows)");
            }
            return new ExchangeRate(currency, row.date("effective_from"), rate);
        });
    }

    /**
     * Writes rates.
     *
     * @param rates the rates, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Collection<ExchangeRate> rates, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CsvTable.WRITE_FORMAT);
            printer.printRecord(COLUMNS);
            for (ExchangeRate r : rates) {
                printer.printRecord(r.currency().getCurrencyCode().toLowerCase(Locale.ROOT), r.effectiveFrom(),
                        r.rate().toPlainString());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
