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
     * The most months a ledger spans, opening month included: 32 766 (month indices are stored as
     * {@code short}). A ledger of every month from 0001 to 2700 fits.
     */
    public static final int MAX_LEDGER_MONTHS = Short.MAX_VALUE - 1;

    /** The most characters of a caller's text or number an exception message copies: {@value}. */
    public static final int QUOTED_CHARACTERS = 64;

    /** Plain decimals up to this many digits either side of the point are quoted as such. */
    private static final int PLAIN_DIGITS = 40;

    private Limits() {
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
