package io.github.saasmetrics.examples.sample;

import io.github.saasmetrics.limits.Limits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One row of an exchange-rate series: units of the reporting currency per unit of {@code currency},
 * in effect from a date until the next row of the same currency.
 *
 * <p>Example: {@code EUR, 2024-03-01, 1.0853} converts EUR 100.00 into USD 108.53 from March 2024.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param currency the currency converted from, not null
 * @param effectiveFrom the first day the rate applies, not null
 * @param rate the rate, from {@code 1E-18} to {@code 1E+18}, not null
 */
public record ExchangeRate(Currency currency, LocalDate effectiveFrom, BigDecimal rate) {

    /** The smallest rate: below it, converting the largest amount (a long of minor units) gives a few minor units. */
    public static final BigDecimal MIN_RATE = new BigDecimal("1E-18");

    /** The largest rate: above it, converting a hundred minor units overflows a long of minor units. */
    public static final BigDecimal MAX_RATE = new BigDecimal("1E+18");

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the rate is not from {@link #MIN_RATE} to {@link #MAX_RATE}
     */
    public ExchangeRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate from " + currency.getCurrencyCode() + " on " + effectiveFrom
                    + " must be positive but was " + Limits.quote(rate));
        }
        if (rate.compareTo(MIN_RATE) < 0 || rate.compareTo(MAX_RATE) > 0) {
            // Outside it every conversion gives zero or overflows; and 1e999999999 would take a billion digits.
            throw new IllegalArgumentException("rate from " + currency.getCurrencyCode() + " on " + effectiveFrom
                    + " must be from 1E-18 to 1E+18 but was " + Limits.quote(rate));
        }
    }
}
