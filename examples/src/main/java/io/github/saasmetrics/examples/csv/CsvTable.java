package io.github.saasmetrics.examples.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV file with a header line into rows, tracking the line each record starts on, and
 * writes files in the same dialect (RFC 4180, comma, double quotes, {@code \n} line ends, UTF-8).
 */
final class CsvTable {

    /** The dialect of every file read and written here. */
    static final CSVFormat WRITE_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private static final CSVFormat READ_FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private CsvTable() {
    }

    /**
     * Reads every record.
     *
     * <p>A UTF-8 byte-order mark at the start (what spreadsheet programs write for "CSV UTF-8") is
     * skipped. An {@link IllegalArgumentException} from the mapper that is not already a
     * {@link CsvFormatException} (a library type rejecting a value) is reported at the record's line
     * with the library's message, which names the field and the value.
     *
     * @param in the text, closed by the caller
     * @param source the name used in error messages
     * @param required the columns that must be in the header
     * @param mapper turns a row into a value, throwing {@link CsvFormatException} on bad values
     * @return the values in file order
     * @throws CsvFormatException on a bad header, a missing column, a malformed record or a bad value
     */
    static <T> List<T> read(Reader in, String source, Collection<String> required, Function<CsvRow, T> mapper) {
        List<T> out = new ArrayList<>();
        CSVParser parser;
        List<String> header;
        try {
            parser = CSVParser.builder().setReader(new NewlineAtEnd(new WithoutByteOrderMark(in))).setFormat(READ_FORMAT)
                    .get();
            header = parser.getHeaderNames();
        } catch (IllegalArgumentException e) {
            // Commons CSV rejects a header with duplicate or empty names this way.
            throw new CsvFormatException(source, 1, null, null, "bad header: " + e.getMessage());
        } catch (CSVException e) {
            throw new CsvFormatException(source, 1, null, null, "malformed CSV header: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        try (parser) {
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new CsvFormatException(source, 1, column, null, "required column is missing (the header has "
                            + String.join(", ", header) + ")");
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            long previousEnd = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    // The record after the last good one is the bad one (blank lines between are rare).
                    throw new CsvFormatException(source, previousEnd + 1, null, null,
                            "malformed CSV: " + e.getCause().getMessage());
                }
                previousEnd = parser.getCurrentLineNumber();
                long line = previousEnd - embeddedLineBreaks(record);
                if (!record.isConsistent()) {
                    throw new CsvFormatException(source, line, null, null, "has " + record.size()
                            + " fields but the header has " + header.size());
                }
                out.add(map(mapper, new CsvRow(record, source, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return out;
    }

    private static <T> T map(Function<CsvRow, T> mapper, CsvRow row) {
        try {
            return mapper.apply(row);
        } catch (CsvFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(row.source(), row.line(), null, null, e.getMessage());
        }
    }

    private static long embeddedLineBreaks(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /** Skips a byte-order mark ({@code U+FEFF}) at the very start of the text. */
    private static final class WithoutByteOrderMark extends FilterReader {

        private boolean started;

        WithoutByteOrderMark(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (!started && n > 0) {
                started = true;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    return n == 1 ? read(buf, off, len) : n - 1;
                }
            }
            return n;
        }
    }

    /**
     * Ends the text with a line break if it lacks one, so that every record, the last included,
     * ends with one and the parser's line count after a record is the record's last line.
     */
    private static final class NewlineAtEnd extends FilterReader {

        private int last = '\n';
        private boolean done;

        NewlineAtEnd(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = super.read(buf, off, len);
            if (n > 0) {
                last = buf[off + n - 1];
                return n;
            }
            done = true;
            if (last != '\n' && last != '\r') {
                buf[off] = '\n';
                return 1;
            }
            return -1;
        }
    }
}
