package io.github.saasmetrics.limits;

import java.math.BigDecimal;
import javax.annotation.Nullable;

/**
 * The sizes and ranges the library accepts, and the one rule for quoting a caller's input in an
 * exception message.
 *
 * <p>Every limit here is checked <em>before</em> anything proportional to it is allocated or
 * looped over: a request for a ledger of a million years is refused after reading its two end
 * months, not after listing its months. Past a limit the library throws
 * {@link IllegalArgumentException} (or {@link ArithmeticException} for an amount that does not fit
 * its type) naming the field, the value and the limit.
 *
 * <p>Messages quote what the caller passed so that the caller can find it, but a caller's text or
 * number may be megabytes long ({@code "1e999999999"} is eleven characters whose plain decimal form
 * is a billion). {@link #quote(CharSequence)} and {@link #quote(BigDecimal)} therefore copy at most
 * {@value #QUOTED_CHARACTERS} characters and say how long the whole was:
 * <pre>{@code
 * Limits.quote("USD")                        // "USD"
 * Limits.quote("x".repeat(1_000_000))        // "xxxx…x" (64 characters) + "… (1000000 characters)"
 * Limits.quote(new BigDecimal("1e999999999")) // "1E+999999999"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it has no instances.
 */
public final class Limits {

    /**
     * The most months a ledger spans, opening month included: {@value} (month indices 0 to 32 766
     * are stored as {@code short}), so a ledger built from subscriptions reports at most 32 766 months
     * after its opening month. Every month from 0001-01 to 2731-07 fits.
     */
    public static final int MAX_LEDGER_MONTHS = Short.MAX_VALUE;

    /** The most characters of a caller's text or number an exception message copies: {@value}. */
    public static final int QUOTED_CHARACTERS = 64;

    /** Plain decimals up to this many digits either side of the point are quoted as such. */
    private static final int PLAIN_DIGITS = 40;

    private Limits() {
    }

    /**
     * The exception for a sum, product or count that does not fit its type, naming what overflowed.
     * Exact arithmetic ({@link Math#addExact(long, long)} and friends) says only {@code long overflow};
     * a caller needs to know which quantity, where, and from what input:
     * <pre>{@code
     * try {
     *     total = Math.addExact(total, mrr);
     * } catch (ArithmeticException e) {
     *     throw Limits.overflow("total MRR of 2024-03 (USD) at customer acme", e);
     * }
     * }</pre>
     *
     * @param quantity what overflowed, in the caller's words, with where and from what, not null
     * @param cause the exception of the exact operation, not null
     * @return the exception to throw, with message {@code "<quantity> overflows a long"} and the cause kept
     */
    public static ArithmeticException overflow(String quantity, ArithmeticException cause) {
        ArithmeticException e = new ArithmeticException(quantity + " overflows a long (more than "
                + Long.MAX_VALUE + ")");
        e.initCause(cause);
        return e;
    }

    /**
     * A caller's text as an exception message quotes it: the text itself when it has at most
     * {@value #QUOTED_CHARACTERS} characters, otherwise its first {@value #QUOTED_CHARACTERS}
     * followed by {@code "… (N characters)"}. The cost is bounded whatever the text's length.
     *
     * @param text the text, may be null (quoted as {@code null})
     * @return the quotation, not null, at most about 90 characters
     */
    public static String quote(@Nullable CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        if (length <= QUOTED_CHARACTERS) {
            return text.toString();
        }
        // Never split a surrogate pair: a prefix ending in half a character prints as '?'.
        int end = Character.isHighSurrogate(text.charAt(QUOTED_CHARACTERS - 1)) ? QUOTED_CHARACTERS - 1
                : QUOTED_CHARACTERS;
        return text.subSequence(0, end) + "… (" + length + " characters)";
    }

    /**
     * A caller's value (an identifier, a name) as an exception message quotes it: its
     * {@code toString()} {@linkplain #quote(CharSequence) cut} to {@value #QUOTED_CHARACTERS}
     * characters.
     *
     * @param value the value, may be null (quoted as {@code null})
     * @return the quotation, not null
     */
    public static String quote(@Nullable Object value) {
        return value instanceof BigDecimal d ? quote(d) : quote(value == null ? null : value.toString());
    }

    /**
     * A caller's decimal as an exception message quotes it: plain ({@code 0.0125}) when it has at most
     * 40 digits either side of the point, otherwise in scientific notation ({@code 1E+999999999}),
     * and {@linkplain #quote(CharSequence) cut} when even that is long. Never allocates more than the
     * decimal's own digits: {@link BigDecimal#toPlainString()} of {@code 1e999999999} would write a
     * billion characters.
     *
     * @param value the decimal, may be null (quoted as {@code null})
     * @return the quotation, not null
     */
    public static String quote(@Nullable BigDecimal value) {
        if (value == null) {
            return "null";
        }
        int scale = value.scale();
        int integerDigits = value.precision() - scale;
        boolean plain = scale <= PLAIN_DIGITS && scale >= -PLAIN_DIGITS && integerDigits <= PLAIN_DIGITS;
        return quote(plain ? value.toPlainString() : value.toString());
    }
}
