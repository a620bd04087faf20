package io.github.saasmetrics.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.saasmetrics.limits.Limits;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * An exact amount of money: an ISO-4217 currency and a whole number of its minor units.
 *
 * <p>{@code USD 12.30} is 1230 minor units of {@code USD}; {@code JPY 500} is 500 minor units of
 * {@code JPY}, which has no minor unit. The amount is a {@code long}, so every operation is exact;
 * one that would overflow throws {@link ArithmeticException} rather than wrapping around. An amount
 * with more decimals than the currency allows is rejected unless the caller names a
 * {@link RoundingMode}. Combining two currencies throws {@link CurrencyMismatchException}.
 *
 * <p>The text form is the currency code, a space and the amount with exactly the currency's number
 * of decimals: {@code USD 23.87}, {@code USD -5.00}, {@code JPY 500}. {@link #toString()} and
 * {@link #parse(CharSequence)} round-trip, and the same text is the JSON form.
 *
 * <p>Example: {@code Money.parse("USD 100.00").dividedBy(3, RoundingMode.HALF_EVEN)} is
 * {@code USD 33.33}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The most digits an exact amount may be written with ({@code 1.000…0} with more zeros is refused). */
    private static final int MAX_DIGITS = 100;

    /** The longest text {@link #parse(CharSequence)} reads: a currency code, a space and 100 characters. */
    private static final int MAX_TEXT = 104;

    private final Currency currency;
    private final long minorUnits;

    private Money(Currency currency, long minorUnits) {
        this.currency = currency;
        this.minorUnits = minorUnits;
    }

    /**
     * Obtains an amount from a count of minor units (cents for {@code USD}).
     *
     * @param currency the currency, not null; must have a defined number of decimals
     * @param minorUnits the amount in minor units, any value
     * @return the amount, not null
     * @throws IllegalArgumentException if the currency has no defined number of decimals (such as {@code XXX})
     */
    public static Money ofMinor(Currency currency, long minorUnits) {
        return new Money(checkCurrency(currency), minorUnits);
    }

    /**
     * Obtains an amount from a count of minor units of the currency with the given code.
     *
     * @param currencyCode an ISO-4217 code such as {@code "USD"}, not null
     * @param minorUnits the amount in minor units, any value
     * @return the amount, not null
     * @throws IllegalArgumentException if the code is unknown
     */
    public static Money ofMinor(String currencyCode, long minorUnits) {
        return ofMinor(currency(currencyCode), minorUnits);
    }

    /**
     * Obtains an amount from a decimal value that the currency can represent exactly.
     *
     * @param currency the currency, not null
     * @param amount the amount, not null; at most the currency's number of decimals, at most 100 digits
     * @return the amount, not null
     * @throws ArithmeticException if the amount has more decimals than the currency allows, more than 100
     *     digits, or does not fit in a {@code long} of minor units
     */
    public static Money of(Currency currency, BigDecimal amount) {
        Currency checked = checkCurrency(currency);
        Objects.requireNonNull(amount, "amount");
        if (amount.precision() > MAX_DIGITS) {
            // Deciding the decimals of a longer one costs time quadratic in its length.
            throw new ArithmeticException("amount " + text(amount) + " has " + amount.precision() + " digits, more"
                    + " than the " + MAX_DIGITS + " an amount may be written with");
        }
        int scale = checked.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new ArithmeticException("amount " + text(amount) + " has more than " + scale
                    + " decimals for " + checked.getCurrencyCode() + "; pass a RoundingMode to round it");
        }
        return new Money(checked, minorUnits(amount.scaleByPowerOfTen(scale), RoundingMode.UNNECESSARY,
                () -> "amount " + text(amount) + " " + checked.getCurrencyCode()));
    }

    /**
     * Obtains an amount from a decimal value, rounding to the currency's number of decimals.
     *
     * @param currency the currency, not null
     * @param amount the amount, not null
     * @param rounding how to round extra decimals, not null
     * @return the amount, not null
     * @throws ArithmeticException if the rounding mode is {@code UNNECESSARY} and rounding is needed, or on overflow
     */
    public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
        Currency checked = checkCurrency(currency);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(checked, minorUnits(amount.scaleByPowerOfTen(checked.getDefaultFractionDigits()), rounding,
                () -> "amount " + text(amount) + " " + checked.getCurrencyCode()));
    }

    /**
     * Obtains an amount from a decimal string such as {@code "12.30"}.
     *
     * @param currency the currency, not null
     * @param amount the amount as a plain decimal string, not null
     * @return the amount, not null
     * @throws NumberFormatException if the string is not a decimal number
     * @throws ArithmeticException if it has more decimals than the currency allows, or does not fit in a
     *     {@code long} of minor units
     */
    public static Money of(Currency currency, String amount) {
        return of(currency, new BigDecimal(Objects.requireNonNull(amount, "amount")));
    }

    /**
     * Obtains an amount from a currency code and a decimal string, such as {@code of("USD", "12.30")}.
     *
     * @param currencyCode an ISO-4217 code, not null
     * @param amount the amount as a plain decimal string, not null
     * @return the amount, not null
     */
    public static Money of(String currencyCode, String amount) {
        return of(currency(currencyCode), amount);
    }

    /**
     * The zero amount in a currency.
     *
     * @param currency the currency, not null
     * @return zero, not null
     */
    public static Money zero(Currency currency) {
        return new Money(checkCurrency(currency), 0);
    }

    /**
     * Parses the text form {@code "USD 12.30"} produced by {@link #toString()}.
     *
     * <p>Every way the text can be wrong is an {@link IllegalArgumentException} whose message quotes
     * the text: not of the form {@code CCC amount}, an unknown currency, more decimals than the
     * currency allows ({@code "USD 1.005"}), an amount whose minor units do not fit in a
     * {@code long} ({@code "USD 1e30"}), or a text longer than 104 characters.
     *
     * @param text the currency code, one space, and a decimal amount, not null
     * @return the amount, not null
     * @throws IllegalArgumentException if the text is not a valid amount (the message quotes it)
     */
    @JsonCreator
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.length() > MAX_TEXT) {
            throw new IllegalArgumentException("money text " + quote(s) + " is too long: at most " + MAX_TEXT
                    + " characters");
        }
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5) {
            throw new IllegalArgumentException("money text must look like 'USD 12.30' but was " + quote(s));
        }
        Currency currency;
        try {
            currency = Currency.getInstance(s.substring(0, 3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("money text " + quote(s) + " has an unknown currency: '"
                    + s.substring(0, 3) + "' is not an ISO-4217 code", e);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("money text " + quote(s) + " is in " + currency.getCurrencyCode()
                    + ", which has no minor unit (no defined number of decimals) and cannot hold an amount");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(s.substring(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("money text must look like 'USD 12.30' but was " + quote(s), e);
        }
        int scale = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("money text " + quote(s) + " has more than " + scale + " decimals for "
                    + currency.getCurrencyCode());
        }
        try {
            return of(currency, amount);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("money text " + quote(s) + " is out of range: " + e.getMessage(), e);
        }
    }

    /** The text in quotes, cut if it is long, so that a message stays readable and its cost bounded. */
    private static String quote(String s) {
        return "'" + Limits.quote(s) + "'";
    }

    /** A decimal written out, or to 20 digits in scientific notation when written out it would be very long. */
    private static String text(BigDecimal amount) {
        int integerDigits = amount.precision() - amount.scale();
        return integerDigits > 40 || amount.scale() > 40
                ? amount.round(new MathContext(20, RoundingMode.HALF_EVEN)).stripTrailingZeros().toString()
                : amount.toPlainString();
    }

    /** The long value of a decimal rounded to a whole number; no huge intermediate for huge exponents. */
    private static long minorUnits(BigDecimal value, RoundingMode rounding, Supplier<String> what) {
        if (value.signum() != 0 && value.precision() - value.scale() > 19) {
            throw new ArithmeticException(what.get() + " does not fit in a long of minor units (at most "
                    + Long.MAX_VALUE + " in magnitude)");
        }
        BigDecimal v = value;
        if (v.signum() != 0 && v.precision() - v.scale() < -2) {
            // |v| < 0.001: rounds as ±0.001 does in every mode, without a huge power of ten.
            v = BigDecimal.valueOf(v.signum(), 3);
        }
        try {
            return v.setScale(0, rounding).longValueExact();
        } catch (ArithmeticException e) {
            if (rounding == RoundingMode.UNNECESSARY && v.stripTrailingZeros().scale() > 0) {
                throw new ArithmeticException(what.get() + " needs rounding but the rounding mode is UNNECESSARY");
            }
            throw new ArithmeticException(what.get() + " does not fit in a long of minor units (at most "
                    + Long.MAX_VALUE + " in magnitude)");
        }
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return checkCurrency(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO-4217 currency code '" + Limits.quote(code) + "'", e);
        }
    }

    private static Currency checkCurrency(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no minor unit (no defined number of decimals) and cannot hold an amount");
        }
        return currency;
    }

    /**
     * The currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The amount in minor units ({@code USD 12.30} → 1230).
     *
     * @return the minor units
     */
    public long minorUnits() {
        return minorUnits;
    }

    /**
     * The amount as a decimal with the currency's number of decimals ({@code USD 12.30} → 12.30).
     *
     * @return the amount, not null
     */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    /**
     * The sign of the amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return Long.signum(minorUnits);
    }

    /**
     * Whether the amount is zero.
     *
     * @return true for zero
     */
    public boolean zero() {
        return minorUnits == 0;
    }

    /**
     * Whether the amount is greater than zero.
     *
     * @return true for a positive amount
     */
    public boolean positive() {
        return minorUnits > 0;
    }

    /**
     * Whether the amount is less than zero.
     *
     * @return true for a negative amount
     */
    public boolean negative() {
        return minorUnits < 0;
    }

    /**
     * Adds an amount in the same currency.
     *
     * @param other the amount to add, not null
     * @return the sum, not null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException on overflow
     */
    public Money plus(Money other) {
        try {
            return new Money(currency, Math.addExact(minorUnits, sameCurrency(other).minorUnits));
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " + " + other + " overflows a long of minor units");
        }
    }

    /**
     * Subtracts an amount in the same currency.
     *
     * @param other the amount to subtract, not null
     * @return the difference, not null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException on overflow
     */
    public Money minus(Money other) {
        try {
            return new Money(currency, Math.subtractExact(minorUnits, sameCurrency(other).minorUnits));
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " − " + other + " overflows a long of minor units");
        }
    }

    /**
     * The amount with its sign flipped.
     *
     * @return the negated amount, not null
     * @throws ArithmeticException if the amount is {@code Long.MIN_VALUE} minor units
     */
    public Money negated() {
        try {
            return new Money(currency, Math.negateExact(minorUnits));
        } catch (ArithmeticException e) {
            throw new ArithmeticException("−(" + this + ") overflows a long of minor units");
        }
    }

    /**
     * Multiplies by a whole number, such as a seat count.
     *
     * @param factor the multiplier, any value
     * @return the product, not null
     * @throws ArithmeticException on overflow
     */
    public Money times(long factor) {
        try {
            return new Money(currency, Math.multiplyExact(minorUnits, factor));
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " × " + factor + " overflows a long of minor units");
        }
    }

    /**
     * Multiplies by a decimal factor, rounding the result to the currency's decimals.
     *
     * @param factor the multiplier, not null
     * @param rounding how to round, not null
     * @return the rounded product, not null
     * @throws ArithmeticException on overflow, or if rounding is needed under {@code UNNECESSARY}
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal product = BigDecimal.valueOf(minorUnits).multiply(factor);
        return new Money(currency, minorUnits(product, rounding, () -> this + " × " + text(factor)));
    }

    /**
     * Divides by a whole number, rounding the result to the currency's decimals.
     *
     * <p>Example: {@code USD 100.00} divided by 3 with {@code HALF_EVEN} is {@code USD 33.33}.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round, not null
     * @return the rounded quotient, not null
     * @throws ArithmeticException if the divisor is zero, rounding is needed under {@code UNNECESSARY}, or
     *     the quotient does not fit in a {@code long} of minor units (the most negative amount divided by −1)
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (divisor == 0) {
            throw new ArithmeticException("cannot divide " + this + " by zero");
        }
        BigDecimal quotient;
        try {
            quotient = BigDecimal.valueOf(minorUnits).divide(BigDecimal.valueOf(divisor), 0, rounding);
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " ÷ " + divisor + " needs rounding but the rounding mode is UNNECESSARY");
        }
        // Only Long.MIN_VALUE ÷ −1 leaves the range of a long.
        return new Money(currency, minorUnits(quotient, RoundingMode.UNNECESSARY, () -> this + " ÷ " + divisor));
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    /**
     * Compares two amounts in the same currency.
     *
     * @param other the amount to compare with, not null
     * @return negative, zero or positive as this amount is less than, equal to or greater than the other
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        return Long.compare(minorUnits, sameCurrency(other).minorUnits);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Money other && minorUnits == other.minorUnits && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, minorUnits);
    }

    /**
     * The text form, such as {@code USD 12.30}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount().toPlainString();
    }
}
