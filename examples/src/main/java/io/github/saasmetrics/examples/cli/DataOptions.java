package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.csv.SampleFiles;
import io.github.saasmetrics.examples.report.ReportContext;
import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.time.ReportingPeriod;
import java.nio.file.Path;
import java.util.Currency;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every command reads its data with, mixed into each command: {@code --data DIR} or
 * {@code --sample}, {@code --period} and {@code --currency}. Their defaults are those of
 * {@link SampleFiles#read(Path)}: the sample's two years, reported in US dollars.
 *
 * <p>Picocli fills an instance while parsing; it is not thread-safe.
 */
public final class DataOptions {

    /** The default of {@code --period}: the sample's period, {@code SampleData.period()}. */
    static final String DEFAULT_PERIOD = "2023-01..2024-12";

    /** The default of {@code --currency}. */
    static final String DEFAULT_CURRENCY = "USD";

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    /** Where the data comes from: exactly one of the two. */
    static final class Source {
        @Option(names = "--data", paramLabel = "DIR", required = true,
                description = "Directory of CSV files in the sample's schemas: customers, subscriptions,"
                        + " exchange-rates, nps and csat, and optionally health, experiment and churn-reasons, each"
                        + " as NAME.csv (see " + DataDirectory.SCHEMAS + ").")
        private Path dir;

        @Option(names = "--sample", required = true,
                description = "Use the bundled sample business instead of --data.")
        private boolean sample;
    }

    @Option(names = "--period", paramLabel = "FIRST..LAST", defaultValue = DEFAULT_PERIOD,
            converter = PeriodConverter.class,
            description = "Months to report, yyyy-MM..yyyy-MM with both months included; also 2024 or 2024-Q3."
                    + " Default: ${DEFAULT-VALUE}.")
    private ReportingPeriod period;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = DEFAULT_CURRENCY,
            converter = CurrencyConverter.class,
            description = "Currency to report in (ISO 4217); the exchange rates convert every other currency into"
                    + " it. Default: ${DEFAULT-VALUE}.")
    private Currency currency;

    /**
     * Whether the data is the bundled sample.
     *
     * @return true for {@code --sample}
     */
    boolean sample() {
        return source.sample;
    }

    /**
     * The months to report.
     *
     * @return {@code --period}, not null
     */
    ReportingPeriod period() {
        return period;
    }

    /**
     * Reads the data.
     *
     * @return the data set over {@code --period} in {@code --currency}, not null
     * @throws BadInputException if the directory, a file or a value cannot be read
     */
    SampleDataset read() {
        return source.sample ? SampleFiles.readBundled(period, currency) : DataDirectory.read(source.dir, period, currency);
    }

    /**
     * Reads the data and computes what every result starts from, as the report does.
     *
     * @return the context, not null
     * @throws BadInputException if the data cannot be read or the ledger not built from it (a subscription in
     *     a currency without an exchange rate, a rate of the reporting currency itself)
     */
    ReportContext context() {
        SampleDataset data = read();
        try {
            return ReportContext.of(data);
        } catch (IllegalArgumentException e) {
            // Everything before this line was read and checked file by file; what fails here is how the files
            // fit together, which only the user can change.
            throw new BadInputException("cannot compute the metrics from " + where() + ": " + e.getMessage(), e);
        }
    }

    private String where() {
        return source.sample ? "the bundled sample" : "the data in " + source.dir.toAbsolutePath().normalize();
    }
}
