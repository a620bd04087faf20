package io.github.saasmetrics.examples.report;

import io.github.saasmetrics.table.ResultTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes every typed table of a report as a CSV file ({@link ResultTable#writeCsv(Path)}: RFC 4180,
 * raw numbers in plain units, a header row) into {@value #DIRECTORY} beside the HTML page, named by
 * section number, section title and table number: {@code 02-mrr-bridge-1.csv}.
 */
public final class ReportTables {

    /** The directory, inside the report's directory, that holds the CSV files. */
    public static final String DIRECTORY = "report-tables";

    private ReportTables() {
    }

    /**
     * Writes the files, creating the directory if needed and replacing files of the same name.
     *
     * @param sections the rendered sections, not null
     * @param dir the report's directory, not null
     * @return the files written, in section order, not null
     * @throws UncheckedIOException if writing fails
     */
    public static List<Path> write(List<RenderedSection> sections, Path dir) {
        return writeInto(sections, dir.resolve(DIRECTORY));
    }

    /**
     * Writes the files into a directory of their own, creating it if needed and replacing files of
     * the same name.
     *
     * @param sections the rendered sections, not null
     * @param tables the directory that holds the CSV files, not null
     * @return the files written, in section order, not null
     * @throws UncheckedIOException if writing fails
     */
    public static List<Path> writeInto(List<RenderedSection> sections, Path tables) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(tables);
            for (int s = 0; s < sections.size(); s++) {
                RenderedSection section = sections.get(s);
                List<ResultTable> list = section.output().tables();
                for (int t = 0; t < list.size(); t++) {
                    Path file = tables.resolve(fileName(s + 1, section.title(), t + 1));
                    list.get(t).writeCsv(file);
                    written.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report's tables into " + tables, e);
        }
        return written;
    }

    /** {@code 02-mrr-bridge-1.csv}: lower-case letters and digits of the title, dashes between words. */
    static String fileName(int section, String title, int table) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return String.format(Locale.ROOT, "%02d-%s-%d.csv", section, slug.isEmpty() ? "section" : slug, table);
    }
}
