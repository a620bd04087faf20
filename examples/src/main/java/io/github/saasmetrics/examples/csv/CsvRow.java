package io.github.saasmetrics.examples.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * One record of a CSV file with typed getters whose failures are {@link CsvFormatException}s
 * naming the file, line, column and value. Blank cells count as absent.
 */
final class CsvRow {

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{9,11}");
    private static final String DATE_FORMS = "must be a date such as 2024-03-05 (or 2024-03-05 14:22, an ISO-8601"
            + " instant such as 2024-03-05T14:22:00Z, or Unix seconds)";

    private static final int MAX_DECIMAL_TEXT = 100;

    private final CSVRecord record;
    private final String source;
    private final long line;

    CsvRow(CSVRecord record, String source, long line) {
        this.record = record;
        this.source = source;
        this.line = line;
    }

    long line() {
        return line;
    }

    String source() {
        return source;
    }

    /** The header names of the file, in file order. */
    java.util.List<String> columns() {
        return record.getParser().getHeaderNames();
    }

    Optional<String> optional(String column) {
        if (!record.isMapped(column)) {
            return Optional.empty();
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String required(String column) {
        return optional(column).orElseThrow(() -> error(column, "is required"));
    }

    CsvFormatException error(String column, String problem) {
        String raw = record.isMapped(column) ? record.get(column) : null;
        return new CsvFormatException(source, line, column, raw, problem);
    }

    LocalDate date(String column) {
        return parseDate(column, required(column));
    }

    Optional<LocalDate> optionalDate(String column) {
        return optional(column).map(v -> parseDate(column, v));
    }

    private LocalDate parseDate(String column, String v) {
        try {
            if (v.length() == 10 && v.charAt(4) == '-') {
                return LocalDate.parse(v);
            }
            if (LOCAL_DATE_TIME.matcher(v).matches()) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (UNIX_SECONDS.matcher(v).matches()) {
                return Instant.ofEpochSecond(Long.parseLong(v)).atOffset(ZoneOffset.UTC).toLocalDate();
            }
            return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw error(column, DATE_FORMS);
        }
    }

    BigDecimal decimal(String column) {
        return parseDecimal(column, required(column));
    }

    Optional<BigDecimal> optionalDecimal(String column) {
        return optional(column).map(v -> parseDecimal(column, v));
    }

    private BigDecimal parseDecimal(String column, String v) {
        if (v.length() > MAX_DECIMAL_TEXT) {
            // Reading and rounding a longer one costs time quadratic in its length.
            throw error(column, "must be a decimal number such as 99.00, at most " + MAX_DECIMAL_TEXT + " characters");
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw error(column, "must be a decimal number such as 99.00");
        }
    }

    long integer(String column, long min, long defaultValue) {
        Optional<String> v = optional(column);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(v.get());
            if (n < min) {
                throw error(column, "must be a whole number of at least " + min);
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(column, "must be a whole number of at least " + min);
        }
    }

    int integerBetween(String column, int min, int max) {
        String v = required(column);
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(column, "must be a whole number from " + min + " to " + max);
    }

    Optional<Integer> optionalInteger(String column, int min, int max) {
        Optional<String> v = optional(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(column, max == Integer.MAX_VALUE ? "must be a whole number of at least " + min
                : "must be a whole number from " + min + " to " + max);
    }

    Optional<Boolean> optionalBoolean(String column) {
        return optional(column).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw error(column, "must be true or false");
        });
    }

    /**
     * A required ISO-4217 code, any case, of a currency that amounts can be in: one with a defined
     * number of decimals, so not {@code XXX}, {@code XTS} or the precious metals.
     */
    Currency currency(String column, String example) {
        String code = required(column).toUpperCase(Locale.ROOT);
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw error(column, "must be an ISO-4217 currency code such as " + example);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw error(column, "must be a currency that amounts can be in, such as " + example + " ("
                    + code + " has no minor unit)");
        }
        return currency;
    }

    <E> E oneOf(String column, String value, Map<String, E> choices) {
        E e = choices.get(value.toLowerCase(Locale.ROOT));
        if (e == null) {
            throw error(column, "must be one of " + String.join(", ", new java.util.TreeSet<>(choices.keySet())));
        }
        return e;
    }
}
