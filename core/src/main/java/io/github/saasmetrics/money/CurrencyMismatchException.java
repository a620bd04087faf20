package io.github.saasmetrics.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts in two different currencies.
 *
 * <p>Both currencies are kept, so a caller can tell which side was wrong without parsing the
 * message. Instances are immutable and thread-safe.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    /**
     * Creates the exception.
     *
     * @param expected the currency the operation works in, not null
     * @param actual the currency that was offered instead, not null
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + Objects.requireNonNull(expected, "expected").getCurrencyCode()
                + " but got " + Objects.requireNonNull(actual, "actual").getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Creates the exception with a note saying where the mismatch was found.
     *
     * @param expected the currency the operation works in, not null
     * @param actual the currency that was offered instead, not null
     * @param context where it happened, such as "customer c1, month 2024-03", not null
     */
    public CurrencyMismatchException(Currency expected, Currency actual, String context) {
        super("currency mismatch in " + Objects.requireNonNull(context, "context") + ": expected "
                + Objects.requireNonNull(expected, "expected").getCurrencyCode()
                + " but got " + Objects.requireNonNull(actual, "actual").getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * The currency the operation works in.
     *
     * @return the expected currency, not null
     */
    public Currency expected() {
        return expected;
    }

    /**
     * The currency that was offered instead.
     *
     * @return the offending currency, not null
     */
    public Currency actual() {
        return actual;
    }
}
