package io.github.saasmetrics.spark;

import io.github.saasmetrics.money.ExchangeRates;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.MeasurementInstant;
import io.github.saasmetrics.time.EpochMonths;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import javax.annotation.Nullable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one MRR row as laid out by {@link MrrColumns}: the customer as text, the month as an epoch
 * month ({@code year × 12 + month − 1}), the MRR in minor units of the reporting currency.
 *
 * <p>A row it cannot use gets a reason that names the column, the value and the customer; the
 * caller fails the job with it or rejects the row ({@link BadRows}). The column types are checked
 * once, against the schema, when the reader is made.
 */
final class MrrRowReader implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row, read. Reused across the rows of a partition. */
    static final class Parsed {
        String customer;
        int month;
        long mrr;
    }

    private final MrrColumns columns;
    private final int customerAt;
    private final int monthAt;
    private final int mrrAt;
    private final int currencyAt;
    @Nullable
    private final ExchangeRates rates;
    private final MeasurementInstant rateInstant;
    private final int originEpoch;
    private final int firstEpoch;
    private final int lastEpoch;

    private MrrRowReader(MrrColumns columns, StructType schema, @Nullable ExchangeRates rates,
            MeasurementInstant rateInstant, @Nullable YearMonth first, @Nullable YearMonth last) {
        this.columns = columns;
        this.customerAt = index(schema, columns.customer());
        this.monthAt = index(schema, columns.month());
        this.mrrAt = index(schema, columns.mrr());
        this.currencyAt = columns.currencyColumn() == null ? -1 : index(schema, columns.currencyColumn());
        this.rates = rates;
        this.rateInstant = rateInstant;
        this.originEpoch = epochMonth(columns.monthIndexOrigin());
        this.firstEpoch = first == null ? Integer.MIN_VALUE : epochMonth(first);
        this.lastEpoch = last == null ? Integer.MAX_VALUE : epochMonth(last);
        if (rates != null && !rates.reportingCurrency().equals(columns.reportingCurrency())) {
            throw new IllegalArgumentException("exchange rates into " + rates.reportingCurrency().getCurrencyCode()
                    + " do not fit the reporting currency " + columns.reportingCurrency().getCurrencyCode());
        }
        DataType customer = schema.fields()[customerAt].dataType();
        require(customer, columns.customer(), "text or whole numbers", DataTypes.StringType, DataTypes.LongType,
                DataTypes.IntegerType, DataTypes.ShortType);
        DataType month = schema.fields()[monthAt].dataType();
        switch (columns.monthEncoding()) {
            case DATE -> require(month, columns.month(), "dates", DataTypes.DateType, DataTypes.StringType);
            case YEAR_MONTH_TEXT -> require(month, columns.month(), "yyyy-MM text", DataTypes.StringType);
            case MONTH_INDEX -> require(month, columns.month(), "whole numbers", DataTypes.IntegerType,
                    DataTypes.LongType, DataTypes.ShortType, DataTypes.StringType);
        }
        DataType mrr = schema.fields()[mrrAt].dataType();
        if (!(mrr instanceof DecimalType)) {
            require(mrr, columns.mrr(), "whole numbers, decimals or text", DataTypes.LongType, DataTypes.IntegerType,
                    DataTypes.ShortType, DataTypes.StringType);
        }
        if (currencyAt >= 0) {
            require(schema.fields()[currencyAt].dataType(), columns.currencyColumn(), "ISO-4217 text",
                    DataTypes.StringType);
        }
    }

    static MrrRowReader of(StructType schema, MrrColumns columns, @Nullable ExchangeRates rates,
            MeasurementInstant rateInstant, @Nullable YearMonth first, @Nullable YearMonth last) {
        return new MrrRowReader(columns, schema, rates, rateInstant, first, last);
    }

    @Nullable
    ExchangeRates rates() {
        return rates;
    }

    private static int index(StructType schema, String name) {
        String[] names = schema.fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("column '" + name + "' is not among the columns " + Arrays.toString(names));
    }

    private static void require(DataType type, String column, String what, DataType... allowed) {
        for (DataType a : allowed) {
            if (a.equals(type)) {
                return;
            }
        }
        throw new IllegalArgumentException("column '" + column + "' must hold " + what + " but is of type "
                + type.simpleString());
    }

    static int epochMonth(YearMonth month) {
        return Math.toIntExact(EpochMonths.indexOf(month));
    }

    static YearMonth ofEpochMonth(int epochMonth) {
        return EpochMonths.month(epochMonth);
    }

    /**
     * Reads a row.
     *
     * @param row the row, not null
     * @param out receives the customer, month and MRR when the row is good
     * @return null for a good row, else why it is bad (naming column, value and customer)
     */
    @Nullable
    String read(Row row, Parsed out) {
        Object c = row.get(customerAt);
        if (c == null) {
            return "column '" + columns.customer() + "' is null (row " + row + "): every row needs a customer";
        }
        String customer = c.toString();
        if (customer.isBlank()) {
            return "column '" + columns.customer() + "' has value '" + customer + "' (row " + row
                    + "): a customer id must not be blank";
        }
        Object m = row.get(monthAt);
        if (m == null) {
            return bad(columns.month(), null, customer, "every row needs a month");
        }
        int month;
        try {
            month = month(m);
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            return bad(columns.month(), m, customer, "not a month as " + columns.monthEncoding() + expected());
        }
        if (month < firstEpoch || month > lastEpoch) {
            return bad(columns.month(), m, customer, "outside the ledger's months " + ofEpochMonth(firstEpoch) + ".."
                    + ofEpochMonth(lastEpoch));
        }
        Currency currency = columns.reportingCurrency();
        if (currencyAt >= 0) {
            Object code = row.get(currencyAt);
            if (code == null) {
                return bad(columns.currencyColumn(), null, customer, "every row needs a currency");
            }
            try {
                currency = Currency.getInstance(code.toString().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return bad(columns.currencyColumn(), code, customer, "not an ISO-4217 currency code");
            }
        }
        Object v = row.get(mrrAt);
        if (v == null) {
            return bad(columns.mrr(), null, customer, "every row needs an MRR (0 for none)");
        }
        long minor;
        try {
            minor = minorUnits(v, currency);
        } catch (NumberFormatException | ArithmeticException e) {
            return bad(columns.mrr(), v, customer, "not an amount as " + columns.amountEncoding() + " of "
                    + currency.getCurrencyCode() + " (" + currency.getDefaultFractionDigits() + " decimals at most)");
        }
        if (minor < 0) {
            return bad(columns.mrr(), v, customer, "MRR must not be negative");
        }
        if (!currency.equals(columns.reportingCurrency())) {
            if (rates == null) {
                return bad(columns.currencyColumn(), currency.getCurrencyCode(), customer, "rows in "
                        + currency.getCurrencyCode() + " and " + columns.reportingCurrency().getCurrencyCode()
                        + " are mixed but no exchange rates were given");
            }
            LocalDate on = rateInstant.in(ofEpochMonth(month));
            try {
                minor = rates.convert(Money.ofMinor(currency, minor), on).minorUnits();
            } catch (IllegalArgumentException | ArithmeticException e) {
                return bad(columns.currencyColumn(), currency.getCurrencyCode(), customer, e.getMessage());
            }
        }
        out.customer = customer;
        out.month = month;
        out.mrr = minor;
        return null;
    }

    private String expected() {
        return switch (columns.monthEncoding()) {
            case DATE -> " (a date such as 2024-03-01)";
            case YEAR_MONTH_TEXT -> " (yyyy-MM such as 2024-03)";
            case MONTH_INDEX -> " (months after " + columns.monthIndexOrigin() + ")";
        };
    }

    private int month(Object m) {
        return switch (columns.monthEncoding()) {
            case DATE -> {
                LocalDate d = m instanceof java.sql.Date sql ? sql.toLocalDate()
                        : m instanceof LocalDate local ? local : LocalDate.parse(m.toString().trim());
                yield epochMonth(YearMonth.from(d));
            }
            case YEAR_MONTH_TEXT -> epochMonth(YearMonth.parse(m.toString()));
            case MONTH_INDEX -> {
                long index = m instanceof Number n ? n.longValue() : Long.parseLong(m.toString().trim());
                long epoch = Math.addExact(originEpoch, index);
                // Years the JDK's YearMonth holds: keeps ofEpochMonth safe for any accepted index.
                if (epoch < -999_999_999L * 12 || epoch > 999_999_999L * 12) {
                    throw new ArithmeticException("month index out of range");
                }
                yield Math.toIntExact(epoch);
            }
        };
    }

    private long minorUnits(Object v, Currency currency) {
        BigDecimal amount = v instanceof BigDecimal d ? d
                : v instanceof Long || v instanceof Integer || v instanceof Short ? BigDecimal.valueOf(((Number) v).longValue())
                : new BigDecimal(v.toString().trim());
        if (columns.amountEncoding() == AmountEncoding.DECIMAL) {
            amount = amount.movePointRight(currency.getDefaultFractionDigits());
        }
        // Exact: a fraction of a minor unit is bad input, never rounded.
        return amount.stripTrailingZeros().scale() > 0 ? throwInexact() : amount.longValueExact();
    }

    private static long throwInexact() {
        throw new ArithmeticException("fraction of a minor unit");
    }

    private static String bad(String column, @Nullable Object value, String customer, String why) {
        return "column '" + column + "' has value " + (value == null ? "null" : "'" + value + "'") + " for customer '"
                + customer + "': " + why;
    }
}
