package io.github.saasmetrics.customer;

import io.github.saasmetrics.limits.Limits;
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
     * @throws NullPointerException if the id or the attributes are null
     * @throws IllegalArgumentException if an attribute key or value is null or blank (the message quotes it,
     *     cut as {@link Limits#quote(CharSequence)} does)
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributes, "attributes");
        TreeMap<String, String> copy = new TreeMap<>();
        attributes.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("attribute key of customer " + id + " must not be blank but was '"
                        + Limits.quote(key) + "'");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("attribute '" + Limits.quote(key) + "' of customer " + id
                        + " must not be blank but was '" + Limits.quote(value) + "'");
            }
            copy.put(key, value);
        });
        attributes = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /**
     * A customer with no known first payment and no attributes.
     *
     * @param id the identifier, not null, not blank, at most {@value CustomerId#MAX_LENGTH} characters
     * @return the customer, not null
     * @throws NullPointerException if the id is null
     * @throws IllegalArgumentException if the id is blank or too long
     */
    public static Customer of(String id) {
        return new Customer(CustomerId.of(id), null, Map.of());
    }

    /**
     * A copy with one more attribute (replacing any with the same key).
     *
     * @param key the attribute name, not null, not blank
     * @param value the attribute value, not null, not blank
     * @return the new customer, not null
     * @throws NullPointerException if the key or value is null
     * @throws IllegalArgumentException if the key or value is blank
     */
    public Customer withAttribute(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
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
     * @throws NullPointerException if the key is null
     */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(Objects.requireNonNull(key, "key")));
    }
}
