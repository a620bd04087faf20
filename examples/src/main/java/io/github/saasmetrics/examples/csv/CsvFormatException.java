package io.github.saasmetrics.examples.csv;

import io.github.saasmetrics.limits.Limits;
import java.util.Objects;

/**
 * A CSV file that cannot be read as the documented schema: names the file, the line, the column
 * and the offending value.
 *
 * <p>Example message: {@code subscriptions.csv line 7, column 'amount': must be a decimal number
 * such as 99.00 but was '9,9'}. A value is quoted by {@link Limits#quote(CharSequence)}: one longer
 * than {@value Limits#QUOTED_CHARACTERS} characters by its first {@value Limits#QUOTED_CHARACTERS}
 * and its length, so that a cell of megabytes makes a short message; {@link #value()} holds all of it. Line numbers count physical lines from 1, the header being line 1;
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
            sb.append(" but was '").append(Limits.quote(value)).append('\'');
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
