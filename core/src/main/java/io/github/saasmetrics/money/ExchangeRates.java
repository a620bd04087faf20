package io.github.saasmetrics.money;

import io.github.saasmetrics.limits.Limits;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Exchange rates into one reporting currency, each in effect from a date until the next.
 *
 * <p>A rate {@code r} for {@code EUR} into {@code USD} means 1 EUR = {@code r} USD. The rate on a
 * date is the latest one whose effective date is on or before it. Converting an amount multiplies
 * its exact decimal value by the rate and rounds once, half-even, to the reporting currency's
 * decimals. Example: with EUR→USD 1.08 from 2024-01-01, {@code EUR 100.00} on 2024-03-15 is
 * {@code USD 108.00}.
 *
 * <p>A currency without a rate on the date asked for is an error that names both, never a silent
 * rate of 1 or 0.
 *
 * <p>This class is immutable and thread-safe. It is {@link Serializable}, so that distributed jobs
 * can ship the rates to their workers.
 */
public final class ExchangeRates implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Currency reportingCurrency;
    private final Map<Currency, NavigableMap<LocalDate, BigDecimal>> rates;

    private ExchangeRates(Currency reportingCurrency, Map<Currency, NavigableMap<LocalDate, BigDecimal>> rates) {
        this.reportingCurrency = reportingCurrency;
        this.rates = rates;
    }

    /**
     * Rates for a reporting currency and no other: every amount must already be in it.
     *
     * @param reportingCurrency the currency, not null
     * @return the rates, not null
     */
    public static ExchangeRates none(Currency reportingCurrency) {
        return new ExchangeRates(Objects.requireNonNull(reportingCurrency, "reportingCurrency"), Map.of());
    }

    /**
     * Starts a set of rates into a reporting currency.
     *
     * @param reportingCurrency the currency everything converts into, not null
     * @return a new builder, not null
     */
    public static Builder builder(Currency reportingCurrency) {
        return new Builder(Objects.requireNonNull(reportingCurrency, "reportingCurrency"));
    }

    /**
     * The currency everything converts into.
     *
     * @return the reporting currency, not null
     */
    public Currency reportingCurrency() {
        return reportingCurrency;
    }

    /**
     * The rate from a currency into the reporting currency on a date.
     *
     * @param from the currency to convert from, not null
     * @param date the date, not null
     * @return the rate, positive; exactly 1 for the reporting currency itself
     * @throws IllegalArgumentException if no rate for the currency is in effect on the date
     */
    public BigDecimal rate(Currency from, LocalDate date) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(date, "date");
        if (from.equals(reportingCurrency)) {
            return BigDecimal.ONE;
        }
        NavigableMap<LocalDate, BigDecimal> series = rates.get(from);
        Map.Entry<LocalDate, BigDecimal> entry = series == null ? null : series.floorEntry(date);
        if (entry == null) {
            throw new IllegalArgumentException("no exchange rate from " + from.getCurrencyCode() + " to "
                    + reportingCurrency.getCurrencyCode() + " in effect on " + date);
        }
        return entry.getValue();
    }

    /**
     * Converts an amount into the reporting currency at the rate in effect on a date.
     *
     * @param amount the amount, not null
     * @param date the date whose rate applies, not null
     * @return the amount in the reporting currency, rounded half-even, not null
     * @throws IllegalArgumentException if no rate is in effect on the date
     * @throws ArithmeticException if the converted amount does not fit in a {@code long} of minor units
     */
    public Money convert(Money amount, LocalDate date) {
        Objects.requireNonNull(amount, "amount");
        if (amount.currency().equals(reportingCurrency)) {
            return amount;
        }
        BigDecimal rate = rate(amount.currency(), date);
        try {
            return Money.of(reportingCurrency, amount.amount().multiply(rate), RoundingMode.HALF_EVEN);
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException("converting " + amount + " into "
                    + reportingCurrency.getCurrencyCode() + " at " + Limits.quote(rate) + " on " + date + " overflows: "
                    + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /**
     * Converts minor units of a currency into minor units of the reporting currency at a given rate,
     * rounding half-even once.
     *
     * @param minorUnits the amount in minor units of {@code from}
     * @param from the currency of the amount, not null
     * @param rate the rate from {@code from} into the reporting currency, positive, not null
     * @return the converted minor units
     * @throws ArithmeticException if the result does not fit in a {@code long}
     */
    public long convertMinor(long minorUnits, Currency from, BigDecimal rate) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
        if (from.equals(reportingCurrency)) {
            return minorUnits;
        }
        BigDecimal minor = BigDecimal.valueOf(minorUnits, from.getDefaultFractionDigits()).multiply(rate)
                .scaleByPowerOfTen(reportingCurrency.getDefaultFractionDigits());
        int integerDigits = minor.precision() - minor.scale();
        if (minor.signum() != 0 && integerDigits > 19) {
            // Checked before rounding: at a rate of 1e999999999 rounding would build a billion-digit number.
            throw new ArithmeticException(overflow(minorUnits, from, rate));
        }
        if (integerDigits < 0) {
            // |minor| < 0.1 rounds half-even to 0 without the huge power of ten a rate of 1e-999999999 needs.
            return 0;
        }
        try {
            return minor.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        } catch (ArithmeticException e) {
            ArithmeticException named = new ArithmeticException(overflow(minorUnits, from, rate));
            named.initCause(e);
            throw named;
        }
    }

    private String overflow(long minorUnits, Currency from, BigDecimal rate) {
        return "converting " + minorUnits + " minor units of " + from.getCurrencyCode() + " into "
                + reportingCurrency.getCurrencyCode() + " at " + Limits.quote(rate)
                + " does not fit in a long of minor units";
    }

    @Override
    public String toString() {
        return "ExchangeRates[into " + reportingCurrency.getCurrencyCode() + ", " + rates.keySet().size()
                + " currencies]";
    }

    /** Collects rates; not thread-safe. */
    public static final class Builder {

        private final Currency reportingCurrency;
        private final Map<Currency, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();

        private Builder(Currency reportingCurrency) {
            this.reportingCurrency = reportingCurrency;
        }

        /**
         * Adds a rate in effect from a date.
         *
         * @param from the currency converted from, not null, not the reporting currency
         * @param effectiveFrom the first day the rate applies, not null
         * @param rate units of reporting currency per unit of {@code from}, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the rate is not positive, the currency is the reporting
         *     currency, or a different rate was already given for the same currency and date
         */
        public Builder rate(Currency from, LocalDate effectiveFrom, BigDecimal rate) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("rate from " + from.getCurrencyCode() + " on " + effectiveFrom
                        + " must be positive but was " + Limits.quote(rate));
            }
            if (from.equals(reportingCurrency)) {
                throw new IllegalArgumentException("no rate is needed from the reporting currency "
                        + from.getCurrencyCode() + " to itself");
            }
            BigDecimal previous = rates.computeIfAbsent(from, c -> new TreeMap<>()).putIfAbsent(effectiveFrom, rate);
            if (previous != null && previous.compareTo(rate) != 0) {
                throw new IllegalArgumentException("two rates from " + from.getCurrencyCode() + " on " + effectiveFrom
                        + ": " + Limits.quote(previous) + " and " + Limits.quote(rate));
            }
            return this;
        }

        /**
         * Adds a rate in effect from a date, from text.
         *
         * @param fromCode the ISO-4217 code converted from, not null
         * @param effectiveFrom the first day the rate applies, not null
         * @param rate the rate as a decimal string, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the code is unknown, the rate is not a positive decimal, or as
         *     {@link #rate(Currency, LocalDate, BigDecimal)}
         */
        public Builder rate(String fromCode, LocalDate effectiveFrom, String rate) {
            Objects.requireNonNull(fromCode, "fromCode");
            Objects.requireNonNull(rate, "rate");
            Currency from;
            try {
                from = Currency.getInstance(fromCode);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown ISO-4217 currency code '" + Limits.quote(fromCode) + "'", e);
            }
            BigDecimal value;
            try {
                value = new BigDecimal(rate);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rate from " + Limits.quote(fromCode) + " on " + effectiveFrom
                        + " must be a decimal number but was '" + Limits.quote(rate) + "'", e);
            }
            return rate(from, effectiveFrom, value);
        }

        /**
         * Builds the immutable rates.
         *
         * @return the rates, not null
         */
        public ExchangeRates build() {
            Map<Currency, NavigableMap<LocalDate, BigDecimal>> copy = new HashMap<>();
            rates.forEach((c, series) -> copy.put(c, Collections.unmodifiableNavigableMap(new TreeMap<>(series))));
            return new ExchangeRates(reportingCurrency, Collections.unmodifiableMap(copy));
        }
    }
}
