package io.github.saasmetrics.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a dataset of subscriptions keeps each {@link SubscriptionField}: by default the column
 * named by {@link SubscriptionField#defaultColumn()} ({@code id}, {@code customer},
 * {@code unit_price}, …).
 *
 * <p>Example: {@code SubscriptionColumns.defaults().withColumn(SubscriptionField.CUSTOMER, "account_id")}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param names the column of each field, every field present, not null
 */
public record SubscriptionColumns(Map<SubscriptionField, String> names) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates and copies the names.
     *
     * @throws IllegalArgumentException if a field has no column or a blank one
     */
    public SubscriptionColumns {
        Objects.requireNonNull(names, "names");
        EnumMap<SubscriptionField, String> copy = new EnumMap<>(SubscriptionField.class);
        for (SubscriptionField f : SubscriptionField.values()) {
            String name = names.get(f);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("column of " + f + " must not be blank but was '" + name + "'");
            }
            copy.put(f, name);
        }
        names = Collections.unmodifiableMap(copy);
    }

    /**
     * Every field in its default column.
     *
     * @return the columns, not null
     */
    public static SubscriptionColumns defaults() {
        EnumMap<SubscriptionField, String> names = new EnumMap<>(SubscriptionField.class);
        for (SubscriptionField f : SubscriptionField.values()) {
            names.put(f, f.defaultColumn());
        }
        return new SubscriptionColumns(names);
    }

    /**
     * A copy with one field in another column.
     *
     * @param field the field, not null
     * @param column the column, not blank
     * @return the copy, not null
     */
    public SubscriptionColumns withColumn(SubscriptionField field, String column) {
        EnumMap<SubscriptionField, String> copy = new EnumMap<>(names);
        copy.put(Objects.requireNonNull(field, "field"), column);
        return new SubscriptionColumns(copy);
    }

    /**
     * The column of a field.
     *
     * @param field the field, not null
     * @return the column name, not null
     */
    public String column(SubscriptionField field) {
        return names.get(Objects.requireNonNull(field, "field"));
    }
}
