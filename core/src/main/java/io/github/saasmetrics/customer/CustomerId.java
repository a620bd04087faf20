package io.github.saasmetrics.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The identifier of a paying customer (an account, not a person), such as {@code cus_Q1w2E3}.
 *
 * <p>Identifiers are compared exactly, case and spaces included. The JSON form is the bare string.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the identifier, not null, not blank
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

    /**
     * Validates the identifier.
     *
     * @throws IllegalArgumentException if the value is blank
     */
    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank but was '" + value + "'");
        }
    }

    /**
     * Obtains an identifier.
     *
     * @param value the identifier, not null, not blank
     * @return the identifier, not null
     * @throws IllegalArgumentException if the value is blank
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
