package io.github.saasmetrics.subscription;

import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * What a customer is billed for: a price per billing interval times a quantity, from a start date
 * until an optional end date, with optional trial, status history and discounts.
 *
 * <p>The MRR this subscription contributes on a date follows {@link MrrConventions}; see
 * {@code MrrLedger.fromSubscriptions}. In short: nothing before the trial ends, nothing after the
 * end as recognised by {@link ChurnRecognition}, nothing while paused or past due beyond the grace
 * window; otherwise {@code unitPrice × quantity}, less the discounts that count, normalised to a
 * month by {@link BillingInterval} and rounded half-even to the currency's minor unit.
 *
 * <p>Example: four seats of a $500-a-year plan is $2,000 a year, $166.67 MRR.
 *
 * <p>A subscription is one <em>line</em> of what the customer buys, of a {@link LineKind}: the plan
 * itself (the default) or an add-on, so that MRR movements can be split by kind (see
 * {@code LineKindSplit}). The kind plays no part in the MRR itself.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the subscription's identifier, not null, not blank, unique within one ledger
 * @param customer the paying customer, not null
 * @param plan the plan or price identifier, not null, not blank
 * @param unitPrice the price of one unit per billing interval, zero (a free plan) or more
 * @param quantity the number of units (seats), zero or more
 * @param interval the billing interval, not null
 * @param start the first day of the subscription (of its trial, if it has one), not null
 * @param end the day the subscription ended or ends (the effective cancellation), null while it runs; not before {@code start}
 * @param cancelRequestedAt the day the cancellation was requested, null if unknown or not cancelled; not after {@code end}
 * @param trialEnd the first paid day after a trial, null for no trial; not before {@code start}
 * @param statusChanges past-due and pause history, in date order, no two on one day, none before {@code start}
 * @param discounts coupons, each in the price's currency when it is an amount
 * @param lineKind what the line sells; null is read as {@link LineKind#PLAN}, so that subscriptions recorded
 *     without a kind are plan lines
 */
public record Subscription(String id, CustomerId customer, String plan, Money unitPrice, long quantity,
        BillingInterval interval, LocalDate start, @Nullable LocalDate end, @Nullable LocalDate cancelRequestedAt,
        @Nullable LocalDate trialEnd, List<StatusChange> statusChanges, List<Discount> discounts, LineKind lineKind) {

    /**
     * Validates the parts; every message names the subscription. A null line kind becomes
     * {@link LineKind#PLAN}.
     *
     * @throws IllegalArgumentException if a value is out of range or the dates contradict each other
     */
    public Subscription {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("subscription id must not be blank but was '" + Limits.quote(id) + "'");
        }
        Objects.requireNonNull(customer, "customer of subscription " + Limits.quote(id));
        Objects.requireNonNull(plan, "plan of subscription " + Limits.quote(id));
        if (plan.isBlank()) {
            throw new IllegalArgumentException("plan of subscription " + Limits.quote(id) + " must not be blank but was '" + Limits.quote(plan) + "'");
        }
        Objects.requireNonNull(unitPrice, "unitPrice of subscription " + Limits.quote(id));
        Objects.requireNonNull(interval, "interval of subscription " + Limits.quote(id));
        Objects.requireNonNull(start, "start of subscription " + Limits.quote(id));
        if (unitPrice.negative()) {
            throw new IllegalArgumentException("unitPrice of subscription " + Limits.quote(id) + " must not be negative but was "
                    + unitPrice);
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity of subscription " + Limits.quote(id) + " must not be negative but was "
                    + quantity);
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end of subscription " + Limits.quote(id) + " (" + end + ") is before its start ("
                    + start + ")");
        }
        if (cancelRequestedAt != null && end != null && cancelRequestedAt.isAfter(end)) {
            throw new IllegalArgumentException("cancelRequestedAt of subscription " + Limits.quote(id) + " (" + cancelRequestedAt
                    + ") is after its end (" + end + ")");
        }
        if (trialEnd != null && trialEnd.isBefore(start)) {
            throw new IllegalArgumentException("trialEnd of subscription " + Limits.quote(id) + " (" + trialEnd
                    + ") is before its start (" + start + ")");
        }
        statusChanges = List.copyOf(Objects.requireNonNull(statusChanges, "statusChanges of subscription " + Limits.quote(id)));
        for (int i = 0; i < statusChanges.size(); i++) {
            LocalDate date = statusChanges.get(i).date();
            if (date.isBefore(start)) {
                throw new IllegalArgumentException("status change of subscription " + Limits.quote(id) + " on " + date
                        + " is before its start (" + start + ")");
            }
            if (i > 0 && !date.isAfter(statusChanges.get(i - 1).date())) {
                throw new IllegalArgumentException("status changes of subscription " + Limits.quote(id)
                        + " must be in date order, one per day, but " + date + " follows "
                        + statusChanges.get(i - 1).date());
            }
        }
        discounts = List.copyOf(Objects.requireNonNull(discounts, "discounts of subscription " + Limits.quote(id)));
        for (Discount d : discounts) {
            if (d.amountOff() != null && !d.amountOff().currency().equals(unitPrice.currency())) {
                throw new CurrencyMismatchException(unitPrice.currency(), d.amountOff().currency(),
                        "discount of subscription " + Limits.quote(id));
            }
        }
        if (lineKind == null) {
            lineKind = LineKind.PLAN;
        }
    }

    /**
     * A plan line: the subscription as before line kinds existed.
     *
     * @param id the subscription's identifier, not blank
     * @param customer the paying customer, not null
     * @param plan the plan or price identifier, not blank
     * @param unitPrice the price of one unit per billing interval, zero or more
     * @param quantity the number of units, zero or more
     * @param interval the billing interval, not null
     * @param start the first day, not null
     * @param end the end, null while it runs
     * @param cancelRequestedAt the day the cancellation was requested, null if unknown
     * @param trialEnd the first paid day after a trial, null for none
     * @param statusChanges past-due and pause history, not null
     * @param discounts coupons, not null
     * @throws IllegalArgumentException if the parts are invalid
     */
    public Subscription(String id, CustomerId customer, String plan, Money unitPrice, long quantity,
            BillingInterval interval, LocalDate start, LocalDate end, LocalDate cancelRequestedAt, LocalDate trialEnd,
            List<StatusChange> statusChanges, List<Discount> discounts) {
        this(id, customer, plan, unitPrice, quantity, interval, start, end, cancelRequestedAt, trialEnd, statusChanges,
                discounts, LineKind.PLAN);
    }

    /**
     * A copy of another line kind.
     *
     * @param kind the kind, not null
     * @return the copy, not null
     */
    public Subscription withLineKind(LineKind kind) {
        return new Subscription(id, customer, plan, unitPrice, quantity, interval, start, end, cancelRequestedAt,
                trialEnd, statusChanges, discounts, Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Starts a subscription.
     *
     * @param id the subscription's identifier, not blank
     * @param customer the customer's identifier, not blank
     * @return a builder, not null
     */
    public static Builder builder(String id, String customer) {
        return new Builder(id, CustomerId.of(customer));
    }

    /**
     * The price of the whole subscription per billing interval before discounts:
     * {@code unitPrice × quantity}.
     *
     * @return the amount, not null
     * @throws ArithmeticException on overflow
     */
    public Money amountPerInterval() {
        return unitPrice.times(quantity);
    }

    /**
     * The record's usual text, {@code Subscription[id=…, …, discounts=[…]]}, with
     * {@code , lineKind=…} before the closing bracket only for lines that are not plan lines, so
     * that plan lines print as they always have.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Subscription[id=" + Limits.quote(id) + ", customer=" + Limits.quote(customer) + ", plan=" + Limits.quote(plan) + ", unitPrice=" + unitPrice
                + ", quantity=" + quantity + ", interval=" + interval + ", start=" + start + ", end=" + end
                + ", cancelRequestedAt=" + cancelRequestedAt + ", trialEnd=" + trialEnd + ", statusChanges="
                + statusChanges + ", discounts=" + discounts
                + (lineKind.equals(LineKind.PLAN) ? "" : ", lineKind=" + lineKind) + "]";
    }

    /** Collects a subscription's parts; not thread-safe. */
    public static final class Builder {

        private final String id;
        private final CustomerId customer;
        private String plan = "default";
        private Money unitPrice;
        private long quantity = 1;
        private BillingInterval interval = BillingInterval.monthly();
        private LocalDate start;
        private LocalDate end;
        private LocalDate cancelRequestedAt;
        private LocalDate trialEnd;
        private final List<StatusChange> statusChanges = new ArrayList<>();
        private final List<Discount> discounts = new ArrayList<>();
        private LineKind lineKind = LineKind.PLAN;

        private Builder(String id, CustomerId customer) {
            this.id = id;
            this.customer = customer;
        }

        /**
         * Sets the plan identifier (default {@code "default"}).
         *
         * @param plan the plan, not blank
         * @return this builder
         */
        public Builder plan(String plan) {
            this.plan = plan;
            return this;
        }

        /**
         * Sets the unit price per interval.
         *
         * @param unitPrice the price, zero or more
         * @return this builder
         */
        public Builder price(Money unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        /**
         * Sets the unit price per interval from text such as {@code "USD 99.00"}.
         *
         * @param unitPrice the price text, as {@link Money#parse(CharSequence)} reads it
         * @return this builder
         */
        public Builder price(String unitPrice) {
            return price(Money.parse(unitPrice));
        }

        /**
         * Sets the quantity (default 1).
         *
         * @param quantity the number of units, zero or more
         * @return this builder
         */
        public Builder quantity(long quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets the billing interval (default monthly).
         *
         * @param interval the interval, not null
         * @return this builder
         */
        public Builder interval(BillingInterval interval) {
            this.interval = interval;
            return this;
        }

        /**
         * Sets the start date.
         *
         * @param start the first day, not null
         * @return this builder
         */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /**
         * Sets the end date (the effective cancellation).
         *
         * @param end the end, null while the subscription runs
         * @return this builder
         */
        public Builder end(@Nullable LocalDate end) {
            this.end = end;
            return this;
        }

        /**
         * Sets the day the cancellation was requested.
         *
         * @param date the request date, null if unknown
         * @return this builder
         */
        public Builder cancelRequestedAt(@Nullable LocalDate date) {
            this.cancelRequestedAt = date;
            return this;
        }

        /**
         * Sets the first paid day after a trial.
         *
         * @param trialEnd the trial end, null for no trial
         * @return this builder
         */
        public Builder trialEnd(@Nullable LocalDate trialEnd) {
            this.trialEnd = trialEnd;
            return this;
        }

        /**
         * Records a status from a date on.
         *
         * @param date the first day with the status, not null
         * @param status the status, not null
         * @return this builder
         */
        public Builder status(LocalDate date, SubscriptionStatus status) {
            statusChanges.add(new StatusChange(date, status));
            return this;
        }

        /**
         * Adds a discount.
         *
         * @param discount the discount, not null
         * @return this builder
         */
        public Builder discount(Discount discount) {
            discounts.add(Objects.requireNonNull(discount, "discount"));
            return this;
        }

        /**
         * Sets the line kind (default {@link LineKind#PLAN}).
         *
         * @param kind the kind, not null
         * @return this builder
         */
        public Builder lineKind(LineKind kind) {
            this.lineKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Builds the subscription; status changes are put in date order first.
         *
         * @return the subscription, not null
         * @throws IllegalArgumentException if the parts are invalid (see {@link Subscription})
         */
        public Subscription build() {
            List<StatusChange> ordered = new ArrayList<>(statusChanges);
            ordered.sort(Comparator.comparing(StatusChange::date));
            return new Subscription(id, customer, plan, unitPrice, quantity, interval, start, end, cancelRequestedAt,
                    trialEnd, ordered, discounts, lineKind);
        }
    }
}
