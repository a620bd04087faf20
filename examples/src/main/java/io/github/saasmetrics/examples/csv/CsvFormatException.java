package io.github.saasmetrics.examples.csv;

import java.util.Objects;

/**
 * A CSV file that cannot be read as the documented schema: names the file, the line, the column
 * and the offending value.
 *
 * <p>Example message: {@code subscriptions.csv line 7, column 'amount': must be a decimal number
 * such as 99.00 but was '9,9'}. A value longer than 80 characters is quoted by its first 40 and
 * last 20; {@link #value()} holds all of it. Line numbers count physical lines from 1, the header being line 1;
 * a quoted value that spans lines is reported at the line where its record starts.
 *
 * <p>Instances are immutable; like every exception, not meant to be shared between threads while
 * being built.
 */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param source the file name or other description of the input, not null
     * @param line the line number, 1 for the header
     * @param column the column name, null if the problem is not in one column
     * @param value the offending value, null if there is none (a missing column)
     * @param problem what is wrong, phrased to follow the column name, not null
     */
    public CsvFormatException(String source, long line, String column, String value, String problem) {
        super(message(source, line, column, value, problem));
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.value = value;
    }

    private static String message(String source, long line, String column, String value, String problem) {
        StringBuilder sb = new StringBuilder().append(source).append(" line ").append(line);
        if (column != null) {
            sb.append(", column '").append(column).append('\'');
        }
        sb.append(": ").append(problem);
        if (value != null) {
            // A long value is shortened in the middle so that the message stays readable.
            sb.append(" but was '").append(value.length() <= 80 ? value
                    : value.substring(0, 40) + "…" + value.substring(value.length() - 20)).append('\'');
        }
        return sb.toString();
    }

    /**
     * The input's name.
     *
     * @return the file name or description, not null
     */
    public String source() {
        return source;
    }

    /**
     * The line number, 1 for the header.
     *
     * @return the line number, at least 1
     */
    public long line() {
        return line;
    }

    /**
     * The column name.
     *
     * @return the column, null if the problem is not in one column
     */
    public String column() {
        return column;
    }

    /**
     * The offending value as read.
     *
     * @return the value, null if there is none
     */
    public String value() {
        return value;
    }
}
