package io.github.saasmetrics.customer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * A paying customer: an identifier, the date of the first payment if known, and segment attributes
 * such as {@code plan=pro} or {@code region=EU} used to filter and break down metrics.
 *
 * <p>Attribute keys and values are non-blank strings; the map is copied, sorted by key and
 * unmodifiable.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param firstPaidDate the date of the first payment, null if unknown
 * @param attributes the segment attributes, not null, may be empty
 */
public record Customer(CustomerId id, @Nullable LocalDate firstPaidDate, Map<String, String> attributes) {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if an attribute key or value is blank
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributes, "attributes");
        TreeMap<String, String> copy = new TreeMap<>();
        attributes.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("attribute key of customer " + id + " must not be blank but was '"
                        + key + "'");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("attribute '" + key + "' of customer " + id
                        + " must not be blank but was '" + value + "'");
            }
            copy.put(key, value);
        });
        attributes = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /**
     * A customer with no known first payment and no attributes.
     *
     * @param id the identifier, not null, not blank
     * @return the customer, not null
     */
    public static Customer of(String id) {
        return new Customer(CustomerId.of(id), null, Map.of());
    }

    /**
     * A copy with one more attribute (replacing any with the same key).
     *
     * @param key the attribute name, not blank
     * @param value the attribute value, not blank
     * @return the new customer, not null
     */
    public Customer withAttribute(String key, String value) {
        Map<String, String> copy = new TreeMap<>(attributes);
        copy.put(key, value);
        return new Customer(id, firstPaidDate, copy);
    }

    /**
     * A copy with the first payment date set.
     *
     * @param date the first payment date, null to clear it
     * @return the new customer, not null
     */
    public Customer withFirstPaidDate(@Nullable LocalDate date) {
        return new Customer(id, date, attributes);
    }

    /**
     * One segment attribute.
     *
     * @param key the attribute name, not null
     * @return the value, empty if the customer has no such attribute
     */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(Objects.requireNonNull(key, "key")));
    }
}
