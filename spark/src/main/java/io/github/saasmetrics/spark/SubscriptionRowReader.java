package io.github.saasmetrics.spark;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.Money;
import io.github.saasmetrics.subscription.BillingInterval;
import io.github.saasmetrics.subscription.Discount;
import io.github.saasmetrics.subscription.StatusChange;
import io.github.saasmetrics.subscription.Subscription;
import io.github.saasmetrics.subscription.SubscriptionStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import javax.annotation.Nullable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one subscription row as laid out by {@link SubscriptionColumns} into core's
 * {@link Subscription}. A row it cannot use throws an {@link IllegalArgumentException} that names
 * the column, the value, the subscription and the customer.
 */
final class SubscriptionRowReader implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SubscriptionColumns columns;
    /** The index of each field's column, or absent when the dataset has no such column. */
    private final EnumMap<SubscriptionField, Integer> at = new EnumMap<>(SubscriptionField.class);

    SubscriptionRowReader(StructType schema, SubscriptionColumns columns) {
        this.columns = columns;
        List<String> names = List.of(schema.fieldNames());
        for (SubscriptionField f : SubscriptionField.values()) {
            int i = names.indexOf(columns.column(f));
            if (i >= 0) {
                at.put(f, i);
            } else if (f.required()) {
                throw new IllegalArgumentException("column '" + columns.column(f) + "' of " + f
                        + " is not among the columns " + names);
            }
        }
    }

    /** The customer column's index. */
    int customerIndex() {
        return at.get(SubscriptionField.CUSTOMER);
    }

    /** The id column's index. */
    int idIndex() {
        return at.get(SubscriptionField.ID);
    }

    Subscription read(Row row) {
        Object idValue = get(row, SubscriptionField.ID);
        Object customerValue = get(row, SubscriptionField.CUSTOMER);
        String customer = customerValue == null ? null : customerValue.toString();
        String id = idValue == null ? null : idValue.toString();
        if (id == null || id.isBlank()) {
            throw bad(SubscriptionField.ID, idValue, id, customer, "every subscription needs an id");
        }
        if (customer == null || customer.isBlank()) {
            throw bad(SubscriptionField.CUSTOMER, customerValue, id, customer, "every subscription needs a customer");
        }
        Object currencyValue = get(row, SubscriptionField.CURRENCY);
        Currency currency;
        try {
            currency = Currency.getInstance(String.valueOf(currencyValue).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(SubscriptionField.CURRENCY, currencyValue, id, customer, "not an ISO-4217 currency code");
        }
        Object priceValue = get(row, SubscriptionField.UNIT_PRICE);
        Money price;
        try {
            price = Money.of(currency, decimal(priceValue));
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException e) {
            // NumberFormatException is an IllegalArgumentException: text that is no number lands here too.
            throw bad(SubscriptionField.UNIT_PRICE, priceValue, id, customer, "not a price in " + currency
                    + " (" + currency.getDefaultFractionDigits() + " decimals at most)");
        }
        Object quantityValue = get(row, SubscriptionField.QUANTITY);
        long quantity;
        try {
            quantity = quantityValue == null ? 1 : quantityValue instanceof Number n ? n.longValue()
                    : Long.parseLong(quantityValue.toString().trim());
        } catch (NumberFormatException e) {
            throw bad(SubscriptionField.QUANTITY, quantityValue, id, customer, "not a whole number");
        }
        Object intervalValue = get(row, SubscriptionField.INTERVAL);
        BillingInterval interval;
        try {
            interval = intervalValue == null ? BillingInterval.monthly() : BillingInterval.parse(intervalValue.toString());
        } catch (IllegalArgumentException e) {
            throw bad(SubscriptionField.INTERVAL, intervalValue, id, customer, e.getMessage());
        }
        LocalDate start = date(row, SubscriptionField.START, id, customer);
        if (start == null) {
            throw bad(SubscriptionField.START, null, id, customer, "every subscription needs a start date");
        }
        Object planValue = get(row, SubscriptionField.PLAN);
        String plan = planValue == null ? "default" : planValue.toString();
        List<StatusChange> statuses = statuses(row, id, customer);
        List<Discount> discounts = discounts(row, currency, id, customer);
        try {
            return new Subscription(id, CustomerId.of(customer), plan, price, quantity, interval, start,
                    date(row, SubscriptionField.END, id, customer),
                    date(row, SubscriptionField.CANCEL_REQUESTED_AT, id, customer),
                    date(row, SubscriptionField.TRIAL_END, id, customer), statuses, discounts);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad subscription row: subscription '" + id + "' of customer '" + customer
                    + "': " + e.getMessage(), e);
        }
    }

    @Nullable
    private Object get(Row row, SubscriptionField field) {
        Integer i = at.get(field);
        return i == null ? null : row.get(i);
    }

    @Nullable
    private LocalDate date(Row row, SubscriptionField field, String id, String customer) {
        Object v = get(row, field);
        try {
            return toDate(v);
        } catch (DateTimeParseException e) {
            throw bad(field, v, id, customer, "not a date such as 2024-03-01");
        }
    }

    @Nullable
    private static LocalDate toDate(@Nullable Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof java.sql.Date sql ? sql.toLocalDate() : v instanceof LocalDate d ? d
                : LocalDate.parse(v.toString().trim());
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString().trim());
    }

    private List<StatusChange> statuses(Row row, String id, String customer) {
        Object v = get(row, SubscriptionField.STATUS_CHANGES);
        List<StatusChange> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        try {
            for (Row s : rows(v)) {
                out.add(new StatusChange(toDate(s.get(0)),
                        SubscriptionStatus.valueOf(s.get(1).toString().trim().toUpperCase(Locale.ROOT))));
            }
        } catch (RuntimeException e) {
            throw bad(SubscriptionField.STATUS_CHANGES, v, id, customer,
                    "not a list of (date, ACTIVE|PAST_DUE|PAUSED): " + e.getMessage());
        }
        out.sort(Comparator.comparing(StatusChange::date));
        return out;
    }

    private List<Discount> discounts(Row row, Currency currency, String id, String customer) {
        Object v = get(row, SubscriptionField.DISCOUNTS);
        List<Discount> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        try {
            for (Row d : rows(v)) {
                BigDecimal percent = d.get(0) == null ? null : decimal(d.get(0));
                Money amount = d.get(1) == null ? null : Money.of(currency, decimal(d.get(1)));
                Discount.Duration duration = Discount.Duration.valueOf(d.get(2).toString().trim().toUpperCase(Locale.ROOT));
                int months = d.get(3) == null ? 0 : ((Number) d.get(3)).intValue();
                out.add(new Discount(percent, amount, duration, months));
            }
        } catch (RuntimeException e) {
            throw bad(SubscriptionField.DISCOUNTS, v, id, customer,
                    "not a list of (percent_off, amount_off, FOREVER|REPEATING|ONCE, months): " + e.getMessage());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(Object v) {
        if (v instanceof scala.collection.Seq<?> seq) {
            return (List<Row>) (List<?>) scala.jdk.javaapi.CollectionConverters.asJava(seq);
        }
        return (List<Row>) v;
    }

    private IllegalArgumentException bad(SubscriptionField field, @Nullable Object value, @Nullable String id,
            @Nullable String customer, String why) {
        return new IllegalArgumentException("bad subscription row: column '" + columns.column(field) + "' has value "
                + (value == null ? "null" : "'" + value + "'") + " for subscription '" + id + "' of customer '"
                + customer + "': " + why);
    }
}
