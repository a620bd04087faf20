package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.csv.CsvFormatException;
import io.github.saasmetrics.examples.csv.SampleFiles;
import io.github.saasmetrics.examples.sample.SampleDataset;
import io.github.saasmetrics.time.ReportingPeriod;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

/**
 * A directory of the user's CSV files, the same files and schemas as the bundled sample
 * ({@link SampleFiles}), read with every problem reported as a {@link BadInputException} that
 * names the directory and the file: a missing directory, missing required files (all of them at
 * once), a file that breaks its schema (by its full path, line, column and value), a file that
 * cannot be read.
 *
 * <p>This class is a stateless function holder; it is thread-safe.
 */
final class DataDirectory {

    /** Where the schemas are documented, for messages. */
    static final String SCHEMAS = "examples/README.md, section \"CSV import\"";

    private DataDirectory() {
    }

    /**
     * Reads the files of a directory.
     *
     * @param dir the directory, not null
     * @param period the months to report, not null
     * @param currency the reporting currency, not null
     * @return the data set, not null
     * @throws BadInputException if the directory or a required file is missing, or a file cannot be read
     */
    static SampleDataset read(Path dir, ReportingPeriod period, Currency currency) {
        Path where = dir.toAbsolutePath().normalize();
        if (!Files.exists(where)) {
            throw new BadInputException("the data directory " + where + " does not exist");
        }
        if (!Files.isDirectory(where)) {
            throw new BadInputException("--data must name a directory of CSV files, but " + where + " is a file");
        }
        List<String> missing = SampleFiles.REQUIRED_FILES.stream().filter(f -> !Files.exists(where.resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(and(missing) + (missing.size() == 1 ? " is" : " are") + " missing in " + where
                    + ": a data directory needs " + and(SampleFiles.REQUIRED_FILES) + ", and may hold "
                    + and(SampleFiles.OPTIONAL_FILES) + " (the schemas: " + SCHEMAS + ")");
        }
        try {
            return SampleFiles.read(where, period, currency);
        } catch (CsvFormatException e) {
            // The exception names the file alone; the full path says which copy of it to fix.
            String message = e.getMessage();
            throw new BadInputException(message.startsWith(e.source())
                    ? where.resolve(e.source()) + message.substring(e.source().length())
                    : message + " (in " + where + ")", e);
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof CharacterCodingException
                    ? "the file is not UTF-8 text (a spreadsheet saves it as \"CSV UTF-8\")" : e.getCause().toString();
            throw new BadInputException(e.getMessage() + " in " + where + ": " + why, e);
        }
    }

    /** {@code a, b and c}. */
    private static String and(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }
}
