package io.github.saasmetrics.spark;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * Where a dataset of MRR rows keeps each part of a row (customer, month, MRR, currency) and how it
 * is written.
 *
 * <p>The defaults, from {@link #of(Currency)}: columns {@code customer}, {@code month} as
 * {@code yyyy-MM} text, {@code mrr} in minor units of the one currency given. Each {@code withX}
 * returns a copy with one part changed. The customer column may hold text or whole numbers (a
 * number names the customer by its decimal digits).
 *
 * <p>Example: rows of {@code (account_id BIGINT, period DATE, amount DECIMAL(12,2), ccy STRING)},
 * reported in USD:
 * <pre>{@code
 * MrrColumns.of(Currency.getInstance("USD"))
 *         .withCustomer("account_id")
 *         .withMonth("period", MonthEncoding.DATE)
 *         .withMrr("amount", AmountEncoding.DECIMAL)
 *         .withCurrencyColumn("ccy")
 * }</pre>
 * With a currency column, rows in another currency than the reporting one are converted with the
 * ledger's exchange rates ({@link SparkLedger#withRates}); without rates they are bad input.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer column, not blank
 * @param month the month column, not blank
 * @param monthEncoding how the month is written, not null
 * @param monthIndexOrigin the month of index 0 for {@link MonthEncoding#MONTH_INDEX}, not null
 * @param mrr the MRR column, not blank
 * @param amountEncoding how the MRR is written, not null
 * @param reportingCurrency the currency every metric is reported in, and of every row without a currency column,
 *     not null
 * @param currencyColumn the column of each row's ISO-4217 currency code, or null when every row is in the
 *     reporting currency
 */
public record MrrColumns(String customer, String month, MonthEncoding monthEncoding, YearMonth monthIndexOrigin,
        String mrr, AmountEncoding amountEncoding, Currency reportingCurrency, @Nullable String currencyColumn)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The month of index 0 unless told otherwise: January 1970, as Unix time counts from. */
    public static final YearMonth EPOCH = YearMonth.of(1970, 1);

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a column name is blank
     */
    public MrrColumns {
        requireName(customer, "customer");
        requireName(month, "month");
        requireName(mrr, "mrr");
        Objects.requireNonNull(monthEncoding, "monthEncoding");
        Objects.requireNonNull(monthIndexOrigin, "monthIndexOrigin");
        Objects.requireNonNull(amountEncoding, "amountEncoding");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        if (currencyColumn != null) {
            requireName(currencyColumn, "currencyColumn");
        }
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " column name must not be blank but was '" + name + "'");
        }
    }

    /**
     * The default layout for rows in one currency: {@code customer}, {@code month} ({@code yyyy-MM}),
     * {@code mrr} (minor units).
     *
     * @param currency the currency of every row, not null
     * @return the columns, not null
     */
    public static MrrColumns of(Currency currency) {
        return new MrrColumns("customer", "month", MonthEncoding.YEAR_MONTH_TEXT, EPOCH, "mrr",
                AmountEncoding.MINOR_UNITS, currency, null);
    }

    /**
     * A copy with another customer column.
     *
     * @param column the column, not blank
     * @return the copy, not null
     */
    public MrrColumns withCustomer(String column) {
        return new MrrColumns(column, month, monthEncoding, monthIndexOrigin, mrr, amountEncoding, reportingCurrency,
                currencyColumn);
    }

    /**
     * A copy with another month column and encoding.
     *
     * @param column the column, not blank
     * @param encoding how the month is written, not null
     * @return the copy, not null
     */
    public MrrColumns withMonth(String column, MonthEncoding encoding) {
        return new MrrColumns(customer, column, encoding, monthIndexOrigin, mrr, amountEncoding, reportingCurrency,
                currencyColumn);
    }

    /**
     * A copy whose month column holds month indices counted from an origin month.
     *
     * @param column the column, not blank
     * @param origin the month of index 0, not null
     * @return the copy, not null
     */
    public MrrColumns withMonthIndex(String column, YearMonth origin) {
        return new MrrColumns(customer, column, MonthEncoding.MONTH_INDEX, origin, mrr, amountEncoding,
                reportingCurrency, currencyColumn);
    }

    /**
     * A copy with another MRR column and encoding.
     *
     * @param column the column, not blank
     * @param encoding how the MRR is written, not null
     * @return the copy, not null
     */
    public MrrColumns withMrr(String column, AmountEncoding encoding) {
        return new MrrColumns(customer, month, monthEncoding, monthIndexOrigin, column, encoding, reportingCurrency,
                currencyColumn);
    }

    /**
     * A copy whose rows name their currency in a column; the currency given to {@link #of} becomes
     * the reporting currency.
     *
     * @param column the column of ISO-4217 codes such as {@code EUR}, not blank
     * @return the copy, not null
     */
    public MrrColumns withCurrencyColumn(String column) {
        return new MrrColumns(customer, month, monthEncoding, monthIndexOrigin, mrr, amountEncoding, reportingCurrency,
                column);
    }
}
