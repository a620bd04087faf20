package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.examples.sample.SampleData;
import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A {@link SampleDataset} as eight CSV files: {@code customers.csv}, {@code subscriptions.csv},
 * {@code exchange-rates.csv}, {@code nps.csv}, {@code csat.csv}, and the optional
 * {@code health.csv} ({@link HealthCsv}), {@code experiment.csv} ({@link ExperimentCsv}) and
 * {@code churn-reasons.csv} ({@link ChurnReasonCsv}).
 *
 * <p>The bundled copies under {@code src/main/resources/sample/} are {@link SampleData#generate()}
 * written by {@link #write}; run {@link #main} to regenerate them after changing the generator.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
public final class SampleFiles {

    /** The file names, in the order they are written. */
    public static final List<String> FILES = List.of("customers.csv", "subscriptions.csv", "exchange-rates.csv",
            "nps.csv", "csat.csv", "health.csv", "experiment.csv", "churn-reasons.csv");

    /**
     * The files of {@link #FILES} that a directory may lack: without them there are no health
     * scores, no value experiment and no churn reasons.
     */
    public static final List<String> OPTIONAL_FILES = List.of("health.csv", "experiment.csv", "churn-reasons.csv");

    /** The files of {@link #FILES} that a directory must hold, in {@link #FILES} order. */
    public static final List<String> REQUIRED_FILES = FILES.stream().filter(f -> !OPTIONAL_FILES.contains(f)).toList();

    private static final String RESOURCE_DIR = "/sample/";

    private SampleFiles() {
    }

    /**
     * The files' contents.
     *
     * @param data the data set, not null
     * @return file name to CSV text, in {@link #FILES} order, not null
     */
    public static Map<String, String> render(SampleDataset data) {
        Map<String, String> files = new LinkedHashMap<>();
        StringWriter customers = new StringWriter();
        CustomerCsv.write(data.customers(), customers);
        files.put("customers.csv", customers.toString());
        StringWriter subscriptions = new StringWriter();
        SubscriptionCsv.write(data.subscriptions(), SampleData.AS_OF, subscriptions);
        files.put("subscriptions.csv", subscriptions.toString());
        StringWriter rates = new StringWriter();
        ExchangeRateCsv.write(data.exchangeRates(), rates);
        files.put("exchange-rates.csv", rates.toString());
        StringWriter nps = new StringWriter();
        SurveyCsv.writeNps(data.npsResponses(), nps);
        files.put("nps.csv", nps.toString());
        StringWriter csat = new StringWriter();
        SurveyCsv.writeCsat(data.csatRatings(), csat);
        files.put("csat.csv", csat.toString());
        StringWriter health = new StringWriter();
        HealthCsv.write(data.healthObservations(), health);
        files.put("health.csv", health.toString());
        StringWriter experiment = new StringWriter();
        ExperimentCsv.write(data.valueExperiment(), experiment);
        files.put("experiment.csv", experiment.toString());
        StringWriter reasons = new StringWriter();
        ChurnReasonCsv.write(data.churnReasons(), reasons);
        files.put("churn-reasons.csv", reasons.toString());
        return files;
    }

    /**
     * Writes the files into a directory, creating it if needed.
     *
     * @param data the data set, not null
     * @param dir the directory, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(SampleDataset data, Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : render(data).entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the files from a directory; {@link #OPTIONAL_FILES} that are not there read as empty.
     *
     * @param dir the directory, not null
     * @return the data set over {@link SampleData#period()}, reported in USD, not null
     * @throws CsvFormatException if a file does not follow its schema
     * @throws UncheckedIOException if a file cannot be read
     */
    public static SampleDataset read(Path dir) {
        return read(dir, SampleData.period(), Currency.getInstance("USD"));
    }

    /**
     * Reads the files from a directory, for another period and reporting currency: your own
     * exports in the same schemas. {@link #OPTIONAL_FILES} that are not there read as empty.
     *
     * @param dir the directory, not null
     * @param period the months to report, not null
     * @param reportingCurrency the currency to report in, not null; {@code exchange-rates.csv} converts into it
     * @return the data set, not null
     * @throws CsvFormatException if a file does not follow its schema
     * @throws UncheckedIOException if a file cannot be read
     */
    public static SampleDataset read(Path dir, ReportingPeriod period, Currency reportingCurrency) {
        return read(name -> Files.exists(dir.resolve(name)) || !OPTIONAL_FILES.contains(name)
                ? Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8) : null, period, reportingCurrency);
    }

    /**
     * Reads the bundled sample from the class path, through the same importers a user's files go
     * through.
     *
     * @return the data set over {@link SampleData#period()}, reported in USD, not null
     */
    public static SampleDataset readBundled() {
        return readBundled(SampleData.period(), Currency.getInstance("USD"));
    }

    /**
     * Reads the bundled sample from the class path for another period and reporting currency, as
     * {@link #read(Path, ReportingPeriod, Currency)} reads a directory.
     *
     * @param period the months to report, not null
     * @param reportingCurrency the currency to report in, not null; {@code exchange-rates.csv} converts into it
     * @return the data set, not null
     */
    public static SampleDataset readBundled(ReportingPeriod period, Currency reportingCurrency) {
        return read(name -> {
            InputStream stream = SampleFiles.class.getResourceAsStream(RESOURCE_DIR + name);
            if (stream == null) {
                throw new IllegalStateException("the bundled sample file " + RESOURCE_DIR + name
                        + " is not on the class path");
            }
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        }, period, reportingCurrency);
    }

    /** Opens a named file; null for an optional file that is not there. */
    private interface Opener {
        Reader open(String name) throws IOException;
    }

    private static SampleDataset read(Opener files, ReportingPeriod period, Currency reportingCurrency) {
        return new SampleDataset(period, reportingCurrency,
                parse(files, "customers.csv", CustomerCsv::read),
                parse(files, "subscriptions.csv", SubscriptionCsv::read),
                parse(files, "exchange-rates.csv", ExchangeRateCsv::read),
                parse(files, "nps.csv", SurveyCsv::readNps),
                parse(files, "csat.csv", SurveyCsv::readCsat),
                parse(files, "health.csv", HealthCsv::read),
                parse(files, "experiment.csv", ExperimentCsv::read),
                parse(files, "churn-reasons.csv", ChurnReasonCsv::read));
    }

    private static <T> List<T> parse(Opener files, String name, BiFunction<Reader, String, List<T>> parser) {
        try (Reader in = files.open(name)) {
            return in == null ? List.of() : parser.apply(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Regenerates the bundled files.
     *
     * @param args optional: the target directory, by default {@code src/main/resources/sample}
     *     (run from the {@code examples} directory)
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/sample");
        write(SampleData.generate(), dir);
        System.out.println("wrote " + FILES + " to " + dir.toAbsolutePath());
    }
}
