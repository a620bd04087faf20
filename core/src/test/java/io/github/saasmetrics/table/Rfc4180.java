package io.github.saasmetrics.table;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF after every record, quoted fields with doubled quotes. */
public final class Rfc4180 {

    private Rfc4180() {
    }

    /**
     * The records of a CSV text. An unquoted empty field reads as null, a quoted one ({@code ""}) as the
     * empty string, so that an undefined cell and an empty text stay apart.
     *
     * @throws IllegalArgumentException if the text is not RFC 4180 with CRLF line ends
     */
    public static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        int i = 0;
        int n = csv.length();
        while (i < n) {
            String field;
            if (csv.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = csv.charAt(i++);
                    if (c == '"') {
                        if (i < n && csv.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                field = sb.toString();
            } else {
                int start = i;
                while (i < n && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    char c = csv.charAt(i);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("unquoted field holds " + (c == '"' ? "a quote" : "a LF")
                                + " at " + i);
                    }
                    i++;
                }
                field = i == start ? null : csv.substring(start, i);
            }
            record.add(field);
            if (i >= n) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            if (csv.charAt(i) == ',') {
                i++;
                if (i >= n) {
                    throw new IllegalArgumentException("the last record does not end with CRLF");
                }
            } else if (csv.startsWith("\r\n", i)) {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("expected a comma or CRLF at " + i + " but was '" + csv.charAt(i)
                        + "'");
            }
        }
        return records;
    }
}
