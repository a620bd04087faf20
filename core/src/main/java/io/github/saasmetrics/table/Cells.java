package io.github.saasmetrics.table;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.stats.ConfidenceInterval;
import io.github.saasmetrics.stats.Ratio;
import io.github.saasmetrics.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The one rule per column type of a {@link ResultTable}: which cells it accepts, and how a cell
 * prints as text, as raw CSV and HTML values, and as JSON. Text goes through {@link Figures}.
 */
final class Cells {

    /** The longest text a decimal cell is read from in JSON: more digits than any cell may have. */
    private static final int MAX_DECIMAL_TEXT = 4 * ResultTable.MAX_DECIMAL_DIGITS;

    private Cells() {
    }

    // ---- validation -------------------------------------------------------------------------------

    /**
     * The cell as the table stores it: counts widened to {@code Long}, negative zeros made positive,
     * decimals of negative scale given scale 0; or an exception naming the column, the row and the value.
     */
    @Nullable
    static Object check(Column column, @Nullable Object value, String row) {
        if (value == null) {
            return null;
        }
        ColumnType type = column.type();
        switch (type) {
            case COUNT:
                if (value instanceof Long || value instanceof Integer || value instanceof Short
                        || value instanceof Byte) {
                    return ((Number) value).longValue();
                }
                throw wrongType(column, value, row);
            case MONEY:
                if (!(value instanceof Money money)) {
                    throw wrongType(column, value, row);
                }
                if (!money.currency().equals(column.currency())) {
                    throw new CurrencyMismatchException(column.currency(), money.currency(), "column '"
                            + Limits.quote(column.name()) + "', " + row + ", value '" + Limits.quote(money) + "'");
                }
                return money;
            case RATE:
                if (!(value instanceof Double d)) {
                    throw wrongType(column, value, row);
                }
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("cell of " + describe(column) + " in " + row
                            + " must be a finite Double but was '" + d + "'");
                }
                return d + 0.0;
            case DECIMAL:
                if (!(value instanceof BigDecimal d)) {
                    throw wrongType(column, value, row);
                }
                int integerDigits = d.precision() - d.scale();
                if (d.scale() > ResultTable.MAX_DECIMAL_DIGITS || integerDigits > ResultTable.MAX_DECIMAL_DIGITS) {
                    throw new IllegalArgumentException("cell of " + describe(column) + " in " + row + " must have at"
                            + " most " + ResultTable.MAX_DECIMAL_DIGITS + " digits either side of the point but was '"
                            + Limits.quote(d) + "'");
                }
                return d.scale() < 0 ? d.setScale(0) : d;
            case INTERVAL:
                if (!(value instanceof ConfidenceInterval ci)) {
                    throw wrongType(column, value, row);
                }
                return ci.lower() == 0 || ci.upper() == 0
                        ? new ConfidenceInterval(ci.lower() + 0.0, ci.upper() + 0.0, ci.level()) : ci;
            default:
                if (!type.javaType().isInstance(value)) {
                    throw wrongType(column, value, row);
                }
                return value;
        }
    }

    private static IllegalArgumentException wrongType(Column column, Object value, String row) {
        return new IllegalArgumentException("cell of " + describe(column) + " in " + row + " must be a "
                + column.type().javaType().getSimpleName() + " but was " + value.getClass().getSimpleName() + " '"
                + Limits.quote(value) + "'");
    }

    static String describe(Column column) {
        return column.type() + " column '" + Limits.quote(column.name()) + "'";
    }

    // ---- text -------------------------------------------------------------------------------------

    /** The cell as text, Markdown and HTML print it (before escaping); {@link Figures#UNDEFINED} for null. */
    static String text(Column column, @Nullable Object value) {
        if (value == null) {
            return Figures.UNDEFINED;
        }
        return switch (column.type()) {
            case TEXT -> visible((String) value);
            case MONTH -> month((YearMonth) value);
            case PERIOD -> value.toString();
            case COUNT -> Figures.grouped((Long) value);
            case MONEY -> Figures.amount((Money) value);
            case PERCENT -> Figures.percent((Ratio) value);
            case MULTIPLE -> Figures.multiple((Ratio) value);
            case RATE -> Figures.fixedPercent((Double) value);
            case DECIMAL -> Figures.fixed((BigDecimal) value, column.decimals());
            case INTERVAL -> column.intervalScale() == IntervalScale.PERCENT
                    ? Figures.percentInterval((ConfidenceInterval) value, column.decimals())
                    : Figures.interval((ConfidenceInterval) value, column.decimals());
        };
    }

    /**
     * A month in ISO-8601 form, which {@link YearMonth#parse} reads back: {@code 2024-03}, and
     * {@code +10000-01} with the sign that {@link YearMonth#toString()} leaves out past year 9999.
     */
    static String month(YearMonth month) {
        return month.getYear() > 9999 ? "+" + month : month.toString();
    }

    /**
     * Text with every character that could break a line, a table or a document shown as an escape:
     * {@code \n}, {@code \r}, {@code \t}, and {@code \}{@code uXXXX} for other control characters, line
     * and paragraph separators, bidirectional controls, lone surrogates and the non-characters
     * U+FFFE and U+FFFF. Other text is unchanged.
     */
    static String visible(String s) {
        int i = 0;
        while (i < s.length() && !escaped(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!escaped(s, i)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
                sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            }
        }
        return sb.toString();
    }

    private static boolean escaped(String s, int i) {
        char c = s.charAt(i);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** Whether a cell is a negative number: {@code class="neg"} in HTML. */
    static boolean negative(@Nullable Object value) {
        if (value instanceof Money m) {
            return m.negative();
        } else if (value instanceof Long n) {
            return n < 0;
        } else if (value instanceof Double d) {
            return d < 0;
        } else if (value instanceof BigDecimal d) {
            return d.signum() < 0;
        } else if (value instanceof Ratio r) {
            return r.numerator() < 0;
        }
        return false;
    }

    // ---- raw values: CSV fields and HTML data- attributes -----------------------------------------

    /** The CSV headings of a column. */
    static void csvHeadings(Column column, List<String> out) {
        if (column.type() == ColumnType.INTERVAL) {
            out.add(column.heading() + " lower");
            out.add(column.heading() + " upper");
            out.add(column.heading() + " level");
        } else {
            out.add(column.heading());
        }
    }

    /** The CSV fields of a cell: raw values, empty when undefined. */
    static void csvFields(Column column, @Nullable Object value, List<String> out) {
        if (column.type() == ColumnType.INTERVAL) {
            ConfidenceInterval ci = (ConfidenceInterval) value;
            out.add(ci == null ? "" : Figures.number(ci.lower()));
            out.add(ci == null ? "" : Figures.number(ci.upper()));
            out.add(ci == null ? "" : Figures.number(ci.level()));
        } else if (value instanceof YearMonth m) {
            out.add(month(m));
        } else if (value instanceof String || value instanceof ReportingPeriod) {
            out.add(value.toString());
        } else {
            String raw = raw(value);
            out.add(raw == null ? "" : raw);
        }
    }

    /**
     * The plain decimal of a numeric cell, as CSV and HTML's {@code data-value} write it: an amount with
     * its currency's decimals ({@code 1234.50}), a count ({@code 172410}), a ratio's value or a rate as
     * the shortest decimal that reads back as the same double ({@code 0.26666666666666666}), a
     * decimal as it is; null for text, months, periods, undefined ratios, intervals and null.
     */
    @Nullable
    static String raw(@Nullable Object value) {
        if (value instanceof Money m) {
            return m.amount().toPlainString();
        } else if (value instanceof Long n) {
            return n.toString();
        } else if (value instanceof Double d) {
            return Figures.number(d);
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Ratio r) {
            return r.defined() ? Figures.number(r.value()) : null;
        }
        return null;
    }

    // ---- JSON -------------------------------------------------------------------------------------

    /** A cell's JSON value: a string, a number or a map, as {@link ColumnType} lists. */
    @Nullable
    static Object toJson(@Nullable Object value) {
        if (value instanceof YearMonth m) {
            return month(m);
        } else if (value instanceof ReportingPeriod || value instanceof Money) {
            return value.toString();
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Ratio r) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("numerator", r.numerator());
            map.put("denominator", r.denominator());
            return map;
        } else if (value instanceof ConfidenceInterval ci) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("lower", ci.lower());
            map.put("upper", ci.upper());
            map.put("level", ci.level());
            return map;
        }
        return value;
    }

    /** A cell read back from its JSON value by its column's type; the builder checks it afterwards. */
    @Nullable
    static Object fromJson(Column column, @Nullable Object json, String row) {
        if (json == null) {
            return null;
        }
        try {
            return switch (column.type()) {
                case TEXT -> json;
                case MONTH -> YearMonth.parse(string(json));
                case PERIOD -> ReportingPeriod.parse(string(json));
                case MONEY -> Money.parse(string(json));
                case COUNT -> whole(json);
                case RATE -> json instanceof Number n ? n.doubleValue() : json;
                case DECIMAL -> decimal(json);
                case PERCENT, MULTIPLE -> {
                    Map<?, ?> map = map(json, "numerator", "denominator");
                    yield Ratio.of(whole(map.get("numerator")), whole(map.get("denominator")));
                }
                case INTERVAL -> {
                    Map<?, ?> map = map(json, "lower", "upper", "level");
                    yield new ConfidenceInterval(real(map.get("lower")), real(map.get("upper")),
                            real(map.get("level")));
                }
            };
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("cell of " + describe(column) + " in " + row + " cannot be read from '"
                    + Limits.quote(json) + "': " + e.getMessage(), e);
        }
    }

    private static String string(Object json) {
        if (json instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("expected a string");
    }

    private static long whole(@Nullable Object json) {
        if (json instanceof Long || json instanceof Integer || json instanceof Short || json instanceof Byte) {
            return ((Number) json).longValue();
        }
        if (json instanceof BigInteger b) {
            return b.longValueExact();
        }
        throw new IllegalArgumentException("expected a whole number in the range of a long");
    }

    private static double real(@Nullable Object json) {
        if (json instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("expected a number");
    }

    private static BigDecimal decimal(Object json) {
        String text = json instanceof Number ? json.toString() : string(json);
        if (text.length() > MAX_DECIMAL_TEXT) {
            throw new IllegalArgumentException("a decimal has at most " + ResultTable.MAX_DECIMAL_DIGITS
                    + " digits either side of the point");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a decimal", e);
        }
    }

    private static Map<?, ?> map(Object json, String... keys) {
        if (!(json instanceof Map<?, ?> map) || map.size() != keys.length || !map.keySet().containsAll(List.of(keys))) {
            throw new IllegalArgumentException("expected an object of " + String.join(", ", keys));
        }
        return map;
    }
}
