package io.github.saasmetrics.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.saasmetrics.limits.Limits;
import java.util.Objects;

/**
 * The identifier of a paying customer (an account, not a person), such as {@code cus_Q1w2E3}.
 *
 * <p>Identifiers are compared exactly, case and spaces included. The JSON form is the bare string.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the identifier, not null, not blank, at most {@value #MAX_LENGTH} characters
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

    /**
     * The most characters an identifier may have: {@value}. Real identifiers (Stripe's {@code cus_…},
     * UUIDs, e-mail addresses) are far shorter; the bound keeps every message and table that names a
     * customer short, whatever a caller passes.
     */
    public static final int MAX_LENGTH = 256;

    /**
     * Validates the identifier.
     *
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is blank or longer than {@value #MAX_LENGTH} characters
     */
    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("customer id must have at most " + MAX_LENGTH + " characters but was '"
                    + Limits.quote(value) + "'");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank but was '" + value + "'");
        }
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null, not blank, at most {@value #MAX_LENGTH} characters
     * @return the identifier, not null
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is blank or longer than {@value #MAX_LENGTH} characters
     */
    @JsonCreator
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    /**
     * The identifier itself.
     *
     * @return the value, not null
     */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    /**
     * The identifier itself.
     *
     * @return the value, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
