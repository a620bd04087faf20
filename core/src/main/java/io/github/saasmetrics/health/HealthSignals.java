package io.github.saasmetrics.health;

import io.github.saasmetrics.table.Figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.saasmetrics.customer.CustomerId;
import io.github.saasmetrics.money.CurrencyMismatchException;
import io.github.saasmetrics.money.Money;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.Collections;
import javax.annotation.Nullable;

/**
 * What is known about one customer's health at one point in time: every {@link HealthSignal} is
 * optional, and a signal that is not known is {@code null}, never zero. A model that sees a missing
 * signal shares its weight among the present ones (see {@link HealthModel}).
 *
 * <p>Start from {@link #of(CustomerId)} and add what is known; each call returns a new value:
 * <pre>{@code
 * HealthSignals.of(CustomerId.of("cus_42"))
 *         .withActiveDays(6, 30).withFeatureBreadth(3, 10).withNps(6)
 *         .withDaysSinceEngagement(45).withOpenTickets(2)
 * }</pre>
 * Raw values ({@link #value(HealthSignal)}): {@code USAGE_FREQUENCY} 0.2, {@code USAGE_BREADTH} 0.3,
 * {@code NPS} 6, {@code DAYS_SINCE_ENGAGEMENT} 45, {@code OPEN_TICKETS} 2; the other four are absent.
 *
 * <p>Counts are kept as given (6 of 30 days, not 0.2), so that a reason can say "Active on 6 of 30
 * days". Paired fields ({@code activeDays}/{@code periodDays}, {@code featuresUsed}/{@code featuresAvailable},
 * {@code csat}/{@code csatScale}, {@code mrrStart}/{@code mrrEnd}) are both given or both null.
 * The JSON form leaves null fields out.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param activeDays days with product activity in the period, from 0 to {@code periodDays}; null if unknown
 * @param periodDays days in the period, 1 or more; null if {@code activeDays} is null
 * @param featuresUsed features used, from 0 to {@code featuresAvailable}; null if unknown
 * @param featuresAvailable features available on the customer's plan, 1 or more; null if {@code featuresUsed} is null
 * @param nps the latest NPS answer, 0 to 10; null if unknown
 * @param csat the latest CSAT answer, 1 to {@code csatScale}; null if unknown
 * @param csatScale the top of the CSAT answer scale (5 for 1–5), 2 or more; null if {@code csat} is null
 * @param championChanged whether the champion or key contact changed; null if unknown
 * @param planLimitPressure usage / plan limit, 0 or more and finite (1 is at the limit); null if unknown or unlimited
 * @param daysSinceEngagement days since the last engagement, 0 or more; null if unknown
 * @param openTickets open support tickets, 0 or more; null if unknown
 * @param mrrStart MRR at the start of the trend window, positive; null if unknown (or not yet a paying customer)
 * @param mrrEnd MRR at the end of the trend window, 0 or more, in the currency of {@code mrrStart}; null if {@code mrrStart} is null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthSignals(CustomerId customer, @Nullable Integer activeDays, @Nullable Integer periodDays,
        @Nullable Integer featuresUsed, @Nullable Integer featuresAvailable, @Nullable Integer nps, @Nullable Integer csat,
        @Nullable Integer csatScale, @Nullable Boolean championChanged, @Nullable Double planLimitPressure,
        @Nullable Integer daysSinceEngagement, @Nullable Integer openTickets, @Nullable Money mrrStart,
        @Nullable Money mrrEnd) {

    /**
     * Validates every given signal.
     *
     * @throws IllegalArgumentException naming the field and value if a signal is out of range or a pair is half given
     * @throws CurrencyMismatchException if {@code mrrStart} and {@code mrrEnd} differ in currency
     */
    public HealthSignals {
        Objects.requireNonNull(customer, "customer");
        pair(customer, "activeDays", activeDays, "periodDays", periodDays);
        if (periodDays != null) {
            atLeast(customer, "periodDays", periodDays, 1);
            range(customer, "activeDays", activeDays, 0, periodDays);
        }
        pair(customer, "featuresUsed", featuresUsed, "featuresAvailable", featuresAvailable);
        if (featuresAvailable != null) {
            atLeast(customer, "featuresAvailable", featuresAvailable, 1);
            range(customer, "featuresUsed", featuresUsed, 0, featuresAvailable);
        }
        if (nps != null) {
            range(customer, "nps", nps, 0, 10);
        }
        pair(customer, "csat", csat, "csatScale", csatScale);
        if (csatScale != null) {
            atLeast(customer, "csatScale", csatScale, 2);
            range(customer, "csat", csat, 1, csatScale);
        }
        if (planLimitPressure != null && !(planLimitPressure >= 0 && planLimitPressure < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("planLimitPressure of customer " + customer
                    + " must be finite and 0 or more but was " + planLimitPressure);
        }
        if (planLimitPressure != null) {
            planLimitPressure += 0.0;
        }
        if (daysSinceEngagement != null) {
            atLeast(customer, "daysSinceEngagement", daysSinceEngagement, 0);
        }
        if (openTickets != null) {
            atLeast(customer, "openTickets", openTickets, 0);
        }
        pair(customer, "mrrStart", mrrStart, "mrrEnd", mrrEnd);
        if (mrrStart != null) {
            if (!mrrStart.positive()) {
                throw new IllegalArgumentException("mrrStart of customer " + customer
                        + " must be positive (the trend of a customer who was not paying is undefined) but was " + mrrStart);
            }
            if (!mrrStart.currency().equals(mrrEnd.currency())) {
                throw new CurrencyMismatchException(mrrStart.currency(), mrrEnd.currency());
            }
            if (mrrEnd.negative()) {
                throw new IllegalArgumentException("mrrEnd of customer " + customer + " must not be negative but was "
                        + mrrEnd);
            }
        }
    }

    private static void pair(CustomerId customer, String name, @Nullable Object value, String otherName,
            @Nullable Object other) {
        if ((value == null) != (other == null)) {
            throw new IllegalArgumentException(name + " and " + otherName + " of customer " + customer
                    + " must both be given or both be null but were " + value + " and " + other);
        }
    }

    private static void atLeast(CustomerId customer, String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " of customer " + customer + " must be " + minimum
                    + " or more but was " + value);
        }
    }

    private static void range(CustomerId customer, String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(name + " of customer " + customer + " must be " + low + ".." + high
                    + " but was " + value);
        }
    }

    /**
     * No signals yet for a customer; add them with the methods below.
     *
     * @param customer the customer, not null
     * @return the empty signals, not null
     */
    public static HealthSignals of(CustomerId customer) {
        return new HealthSignals(customer, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * No signals yet for a customer given by its identifier text.
     *
     * @param customer the customer identifier, not null, not blank
     * @return the empty signals, not null
     */
    public static HealthSignals of(String customer) {
        return of(CustomerId.of(customer));
    }

    /**
     * With usage frequency: active days out of the days in the period ({@link HealthSignal#USAGE_FREQUENCY}).
     *
     * @param active days with activity, from 0 to {@code period}
     * @param period days in the period, 1 or more
     * @return the new signals, not null
     * @throws IllegalArgumentException if a count is out of range
     */
    public HealthSignals withActiveDays(int active, int period) {
        return new HealthSignals(customer, active, period, featuresUsed, featuresAvailable, nps, csat, csatScale,
                championChanged, planLimitPressure, daysSinceEngagement, openTickets, mrrStart, mrrEnd);
    }

    /**
     * With usage breadth: features used out of those available ({@link HealthSignal#USAGE_BREADTH}).
     *
     * @param used features used, from 0 to {@code available}
     * @param available features available, 1 or more
     * @return the new signals, not null
     * @throws IllegalArgumentException if a count is out of range
     */
    public HealthSignals withFeatureBreadth(int used, int available) {
        return new HealthSignals(customer, activeDays, periodDays, used, available, nps, csat, csatScale,
                championChanged, planLimitPressure, daysSinceEngagement, openTickets, mrrStart, mrrEnd);
    }

    /**
     * With the latest NPS answer ({@link HealthSignal#NPS}).
     *
     * @param answer the answer, 0 to 10
     * @return the new signals, not null
     * @throws IllegalArgumentException if the answer is outside 0..10
     */
    public HealthSignals withNps(int answer) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, answer, csat,
                csatScale, championChanged, planLimitPressure, daysSinceEngagement, openTickets, mrrStart, mrrEnd);
    }

    /**
     * With the latest CSAT answer on a {@code 1..scale} scale ({@link HealthSignal#CSAT}).
     *
     * @param answer the answer, 1 to {@code scale}
     * @param scale the top of the scale, 2 or more (5 for the common 1–5 scale)
     * @return the new signals, not null
     * @throws IllegalArgumentException if the answer or scale is out of range
     */
    public HealthSignals withCsat(int answer, int scale) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, nps, answer, scale,
                championChanged, planLimitPressure, daysSinceEngagement, openTickets, mrrStart, mrrEnd);
    }

    /**
     * With whether the champion or key contact changed ({@link HealthSignal#CHAMPION_CHANGE}).
     *
     * @param changed true if they changed or left
     * @return the new signals, not null
     */
    public HealthSignals withChampionChanged(boolean changed) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, nps, csat,
                csatScale, changed, planLimitPressure, daysSinceEngagement, openTickets, mrrStart, mrrEnd);
    }

    /**
     * With plan-limit pressure from usage and limit ({@link HealthSignal#PLAN_LIMIT_PRESSURE}), such
     * as 19 of 20 seats (0.95).
     *
     * @param used the usage, 0 or more, finite
     * @param limit the plan limit, positive, finite
     * @return the new signals, not null
     * @throws IllegalArgumentException if the usage is negative or not finite, the limit is not positive and
     *     finite, or their quotient is beyond the range of a double
     */
    public HealthSignals withPlanUsage(double used, double limit) {
        if (!(used >= 0 && used < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("plan usage (used) of customer " + customer
                    + " must be finite and 0 or more but was " + used);
        }
        if (!(limit > 0 && limit < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("plan limit of customer " + customer
                    + " must be positive and finite but was " + limit);
        }
        double pressure = used / limit;
        if (pressure == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("plan usage of customer " + customer + ", used " + used + " of limit "
                    + limit + ", is a pressure beyond the range of a double");
        }
        return withPlanLimitPressure(pressure);
    }

    /**
     * With plan-limit pressure given directly as usage / limit ({@link HealthSignal#PLAN_LIMIT_PRESSURE}).
     *
     * @param pressure usage / limit, 0 or more, finite
     * @return the new signals, not null
     * @throws IllegalArgumentException if the pressure is negative or not finite
     */
    public HealthSignals withPlanLimitPressure(double pressure) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, nps, csat,
                csatScale, championChanged, pressure, daysSinceEngagement, openTickets, mrrStart, mrrEnd);
    }

    /**
     * With the days since the last engagement ({@link HealthSignal#DAYS_SINCE_ENGAGEMENT}).
     *
     * @param days days, 0 or more
     * @return the new signals, not null
     * @throws IllegalArgumentException if the days are negative
     */
    public HealthSignals withDaysSinceEngagement(int days) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, nps, csat,
                csatScale, championChanged, planLimitPressure, days, openTickets, mrrStart, mrrEnd);
    }

    /**
     * With the number of open support tickets ({@link HealthSignal#OPEN_TICKETS}).
     *
     * @param tickets tickets, 0 or more
     * @return the new signals, not null
     * @throws IllegalArgumentException if the count is negative
     */
    public HealthSignals withOpenTickets(int tickets) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, nps, csat,
                csatScale, championChanged, planLimitPressure, daysSinceEngagement, tickets, mrrStart, mrrEnd);
    }

    /**
     * With the MRR trend: MRR at the start and at the end of the trend window ({@link HealthSignal#MRR_TREND}),
     * such as {@code USD 500.00} three months ago and {@code USD 400.00} now (−20 %).
     *
     * @param start MRR at the start of the window, positive, not null
     * @param end MRR at the end of the window, 0 or more, same currency, not null
     * @return the new signals, not null
     * @throws NullPointerException if an amount is null
     * @throws IllegalArgumentException if {@code start} is not positive or {@code end} is negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public HealthSignals withMrrTrend(Money start, Money end) {
        return new HealthSignals(customer, activeDays, periodDays, featuresUsed, featuresAvailable, nps, csat,
                csatScale, championChanged, planLimitPressure, daysSinceEngagement, openTickets,
                Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
    }

    /**
     * Without one signal, as if it were not known.
     *
     * @param signal the signal to forget, not null
     * @return the new signals, not null
     */
    public HealthSignals without(HealthSignal signal) {
        Objects.requireNonNull(signal, "signal");
        return new HealthSignals(customer,
                signal == HealthSignal.USAGE_FREQUENCY ? null : activeDays,
                signal == HealthSignal.USAGE_FREQUENCY ? null : periodDays,
                signal == HealthSignal.USAGE_BREADTH ? null : featuresUsed,
                signal == HealthSignal.USAGE_BREADTH ? null : featuresAvailable,
                signal == HealthSignal.NPS ? null : nps,
                signal == HealthSignal.CSAT ? null : csat,
                signal == HealthSignal.CSAT ? null : csatScale,
                signal == HealthSignal.CHAMPION_CHANGE ? null : championChanged,
                signal == HealthSignal.PLAN_LIMIT_PRESSURE ? null : planLimitPressure,
                signal == HealthSignal.DAYS_SINCE_ENGAGEMENT ? null : daysSinceEngagement,
                signal == HealthSignal.OPEN_TICKETS ? null : openTickets,
                signal == HealthSignal.MRR_TREND ? null : mrrStart,
                signal == HealthSignal.MRR_TREND ? null : mrrEnd);
    }

    /**
     * The raw value of a signal on the scale described at {@link HealthSignal}, if known.
     *
     * <p>Example: {@code activeDays(6, 30)} gives {@code USAGE_FREQUENCY} 0.2; {@code csat(4, 5)} gives
     * {@code CSAT} 0.75; {@code mrrTrend(USD 500.00, USD 400.00)} gives {@code MRR_TREND} −0.2.
     *
     * @param signal the signal, not null
     * @return the raw value, or empty if the signal is not known
     */
    public OptionalDouble value(HealthSignal signal) {
        Objects.requireNonNull(signal, "signal");
        return switch (signal) {
            case USAGE_FREQUENCY -> activeDays == null ? OptionalDouble.empty()
                    : OptionalDouble.of((double) activeDays / periodDays);
            case USAGE_BREADTH -> featuresUsed == null ? OptionalDouble.empty()
                    : OptionalDouble.of((double) featuresUsed / featuresAvailable);
            case NPS -> nps == null ? OptionalDouble.empty() : OptionalDouble.of(nps);
            case CSAT -> csat == null ? OptionalDouble.empty()
                    : OptionalDouble.of((double) (csat - 1) / (csatScale - 1));
            case CHAMPION_CHANGE -> championChanged == null ? OptionalDouble.empty()
                    : OptionalDouble.of(championChanged ? 1 : 0);
            case PLAN_LIMIT_PRESSURE -> planLimitPressure == null ? OptionalDouble.empty()
                    : OptionalDouble.of(planLimitPressure);
            case DAYS_SINCE_ENGAGEMENT -> daysSinceEngagement == null ? OptionalDouble.empty()
                    : OptionalDouble.of(daysSinceEngagement);
            case OPEN_TICKETS -> openTickets == null ? OptionalDouble.empty() : OptionalDouble.of(openTickets);
            case MRR_TREND -> mrrStart == null ? OptionalDouble.empty()
                    : OptionalDouble.of((double) Math.subtractExact(mrrEnd.minorUnits(), mrrStart.minorUnits())
                            / mrrStart.minorUnits());
        };
    }

    /**
     * The signals that are known, in declaration order.
     *
     * @return the known signals, unmodifiable, not null, possibly empty
     */
    public Set<HealthSignal> present() {
        EnumSet<HealthSignal> present = EnumSet.noneOf(HealthSignal.class);
        for (HealthSignal signal : HealthSignal.values()) {
            if (value(signal).isPresent()) {
                present.add(signal);
            }
        }
        return Collections.unmodifiableSet(present);
    }

    /**
     * A signal's observation in plain words, as a reason quotes it.
     *
     * <p>Examples: "Active on 6 of 30 days", "Uses 3 of 10 features", "NPS answer 6 (detractor)",
     * "CSAT answer 2 of 5", "Champion or key contact changed", "At 105% of plan limit",
     * "No engagement for 45 days", "2 open support tickets", "MRR down 20% (USD 500.00 to USD 400.00)".
     *
     * @param signal the signal, not null
     * @return the observation, or empty if the signal is not known
     */
    public Optional<String> observation(HealthSignal signal) {
        if (value(signal).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (signal) {
            case USAGE_FREQUENCY -> "Active on " + activeDays + " of " + Figures.plural(periodDays, "day", "days");
            case USAGE_BREADTH -> "Uses " + featuresUsed + " of " + Figures.plural(featuresAvailable, "feature", "features");
            case NPS -> "NPS answer " + nps + (nps <= 6 ? " (detractor)" : nps <= 8 ? " (passive)" : " (promoter)");
            case CSAT -> "CSAT answer " + csat + " of " + csatScale;
            case CHAMPION_CHANGE -> championChanged ? "Champion or key contact changed" : "Champion unchanged";
            case PLAN_LIMIT_PRESSURE -> "At " + Figures.percent(planLimitPressure) + " of plan limit";
            case DAYS_SINCE_ENGAGEMENT -> daysSinceEngagement == 0 ? "Engaged today"
                    : "No engagement for " + Figures.plural(daysSinceEngagement, "day", "days");
            case OPEN_TICKETS -> openTickets == 0 ? "No open support tickets"
                    : Figures.plural(openTickets, "open support ticket", "open support tickets");
            case MRR_TREND -> mrrTrendText();
        });
    }

    private String mrrTrendText() {
        int sign = mrrEnd.compareTo(mrrStart);
        if (sign == 0) {
            return "MRR flat at " + Figures.money(mrrStart);
        }
        double change = value(HealthSignal.MRR_TREND).orElseThrow();
        return "MRR " + (sign < 0 ? "down " : "up ") + Figures.percent(Math.abs(change)) + " (" + Figures.money(mrrStart) + " to "
                + Figures.money(mrrEnd) + ")";
    }
}
