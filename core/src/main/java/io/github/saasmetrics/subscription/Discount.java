package io.github.saasmetrics.subscription;

import io.github.saasmetrics.limits.Limits;
import io.github.saasmetrics.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * A coupon on a subscription: a percentage or a fixed amount off each invoice, for a duration.
 *
 * <p>Durations follow the billing vendors' vocabulary: {@link Duration#FOREVER}, {@link Duration#REPEATING}
 * for a number of months from the discount's start, and {@link Duration#ONCE} for the first invoice
 * only (the first billing period). Whether each kind reduces MRR is a convention
 * ({@link MrrConventions#discountReducesMrr(Duration)}).
 *
 * <p>Examples: {@code Discount.percentForever(new BigDecimal("50"))} halves a $10 plan's MRR to $5;
 * 10 % off a $120 yearly plan gives $120 × 0.9 ÷ 12 = $9 MRR.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param percentOff the percentage off, from 0 to 100 exclusive of 0, or null for an amount discount
 * @param amountOff the amount off each invoice, positive, or null for a percentage discount
 * @param duration how long the discount lasts, not null
 * @param months for {@link Duration#REPEATING}, the number of months it lasts (at least 1); 0 otherwise
 */
public record Discount(@Nullable BigDecimal percentOff, @Nullable Money amountOff, Duration duration, int months) {

    /** How long a discount lasts. */
    public enum Duration {
        /** For the whole life of the subscription. */
        FOREVER,
        /** For a number of months from the start of the subscription. */
        REPEATING,
        /** On the first invoice only, that is, for the first billing period. */
        ONCE
    }

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if neither or both of percent and amount are given, a value is
     *     out of range, or {@code months} does not fit the duration
     */
    public Discount {
        Objects.requireNonNull(duration, "duration");
        if ((percentOff == null) == (amountOff == null)) {
            throw new IllegalArgumentException("a discount needs exactly one of percentOff and amountOff but had "
                    + Limits.quote(percentOff) + " and " + amountOff);
        }
        if (percentOff != null && (percentOff.signum() <= 0 || percentOff.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("percentOff must be greater than 0 and at most 100 but was "
                    + Limits.quote(percentOff));
        }
        if (amountOff != null && !amountOff.positive()) {
            throw new IllegalArgumentException("amountOff must be positive but was " + amountOff);
        }
        if (duration == Duration.REPEATING ? months < 1 : months != 0) {
            throw new IllegalArgumentException("months must be at least 1 for a repeating discount and 0 otherwise,"
                    + " but was " + months + " for " + duration);
        }
    }

    /**
     * A percentage off forever.
     *
     * @param percent the percentage, greater than 0 and at most 100
     * @return the discount, not null
     */
    public static Discount percentForever(BigDecimal percent) {
        return new Discount(percent, null, Duration.FOREVER, 0);
    }

    /**
     * A percentage off for a number of months.
     *
     * @param percent the percentage, greater than 0 and at most 100
     * @param months the number of months, at least 1
     * @return the discount, not null
     */
    public static Discount percentRepeating(BigDecimal percent, int months) {
        return new Discount(percent, null, Duration.REPEATING, months);
    }

    /**
     * A percentage off the first invoice.
     *
     * @param percent the percentage, greater than 0 and at most 100
     * @return the discount, not null
     */
    public static Discount percentOnce(BigDecimal percent) {
        return new Discount(percent, null, Duration.ONCE, 0);
    }

    /**
     * A fixed amount off each invoice, forever.
     *
     * @param amount the amount, positive
     * @return the discount, not null
     */
    public static Discount amountForever(Money amount) {
        return new Discount(null, amount, Duration.FOREVER, 0);
    }

    /**
     * A fixed amount off each invoice for a number of months.
     *
     * @param amount the amount, positive
     * @param months the number of months, at least 1
     * @return the discount, not null
     */
    public static Discount amountRepeating(Money amount, int months) {
        return new Discount(null, amount, Duration.REPEATING, months);
    }

    /**
     * A fixed amount off the first invoice.
     *
     * @param amount the amount, positive
     * @return the discount, not null
     */
    public static Discount amountOnce(Money amount) {
        return new Discount(null, amount, Duration.ONCE, 0);
    }
}
