package io.github.saasmetrics.examples.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.saasmetrics.limits.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and damaged files into every CSV importer: each reads the file or rejects it with a
 * {@link CsvFormatException} (an {@link IllegalArgumentException}) that names the file and the line,
 * and the column and value when there are ones. No other exception type, and no hang: files are at
 * most a few hundred characters and cells that would be costly to read are refused by their length.
 */
class HostileCsvProperties {

    private static final Map<String, BiFunction<Reader, String, List<?>>> IMPORTERS = Map.of(
            "subscriptions.csv", SubscriptionCsv::read,
            "customers.csv", CustomerCsv::read,
            "exchange-rates.csv", ExchangeRateCsv::read,
            "nps.csv", SurveyCsv::readNps,
            "csat.csv", SurveyCsv::readCsat,
            "health.csv", HealthCsv::read,
            "experiment.csv", ExperimentCsv::read);

    /** The first lines of each bundled file: a header and a few valid rows to damage. */
    private static final Map<String, List<String>> SAMPLES = samples();

    private static Map<String, List<String>> samples() {
        Map<String, List<String>> samples = new java.util.TreeMap<>();
        for (String name : IMPORTERS.keySet()) {
            try (InputStream in = HostileCsvProperties.class.getResourceAsStream("/sample/" + name)) {
                List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
                samples.put(name, List.copyOf(lines.subList(0, Math.min(5, lines.size()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
    }

    /** Reads or rejects as the class describes. */
    static void readsOrRejectsNamingTheLine(String file, String text) {
        try {
            IMPORTERS.get(file).apply(new StringReader(text), "fuzz-" + file);
        } catch (CsvFormatException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith("fuzz-" + file + " line " + e.line()), message);
            assertTrue(e.line() >= 1, message);
            if (e.column() != null) {
                assertTrue(message.contains("column '" + e.column() + "'"), message);
            }
            if (e.value() != null) {
                String v = e.value();
                assertTrue(message.contains("'" + Limits.quote(v) + "'"), message);
            }
        }
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(IMPORTERS.keySet());
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc019,;\"\n\r =-.:eE+\uFEFF\u0000é").ofMaxLength(60),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of("", "1e400", "1e-400", "-1", "0", "99999999999999999999", "2024-02-30", "xxx", "XAU",
                        "NaN", "true", "\"", "\"\"", "a\"b", "2147483648", "9".repeat(150), "1" + "0".repeat(150),
                        "2024-01-01=past_due;2023-01-01=active", "0000-00-00", "+999999999-12-31"));
    }

    @Property(tries = 300)
    void randomFilesAreReadOrRejectedNamingTheLine(@ForAll("files") String file, @ForAll("junk") String text,
            @ForAll boolean withHeader) {
        String header = SAMPLES.get(file).get(0);
        readsOrRejectsNamingTheLine(file, withHeader ? header + "\n" + text : text);
    }

    @Property(tries = 500)
    void damagedCellsAreReportedAtTheirLineAndColumn(@ForAll("files") String file, @ForAll("junk") String cell,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(SAMPLES.get(file));
        int row = 1 + random.nextInt(lines.size() - 1);
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(row).split(",", -1)));
        cells.set(random.nextInt(cells.size()), quoteIfNeeded(cell));
        lines.set(row, String.join(",", cells));
        readsOrRejectsNamingTheLine(file, String.join("\n", lines) + "\n");
    }

    /** RFC 4180 quoting, so that the damaged cell stays one cell. */
    private static String quoteIfNeeded(String cell) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
